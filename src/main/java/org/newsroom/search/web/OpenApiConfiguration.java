package org.newsroom.search.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Describes the API for the OpenAPI document and Swagger UI, including the API-key scheme of write endpoints. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI newsSearchOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("News Search API")
                        .version("v1")
                        .description("Search a newsroom archive: ranked, highlighted, faceted results; articles; "
                                + "entities. Errors are RFC 9457 problem details.")
                        .license(new License().name("GPL-3.0-or-later")))
                .components(new Components().addSecuritySchemes("apiKey", new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.HEADER)
                        .name(ApiKeyFilter.HEADER)));
    }
}
