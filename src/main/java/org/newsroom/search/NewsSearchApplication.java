package org.newsroom.search;

import org.newsroom.search.cli.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts the search server, or runs one command-line command when the first argument names one. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class NewsSearchApplication {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(NewsSearchApplication.class);
        if (CommandLine.isCommand(args)) {
            // A command runs without the web server and without seeding the index from samples/.
            app.setWebApplicationType(WebApplicationType.NONE);
            app.setAdditionalProfiles("cli");
            app.setLogStartupInfo(false);
        }
        var context = app.run(args);
        if (CommandLine.isCommand(args)) {
            System.exit(SpringApplication.exit(context));
        }
    }
}
