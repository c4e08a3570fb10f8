package org.newsroom.search.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsroom.search.config.NlpProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The stage's beans bind {@code newsearch.nlp.*} and start without loading the model. */
class EntitiesWiringTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(NlpProperties.class)
    @Import({EntityCanonicalizer.class, CoreNlpEntityExtractor.class})
    static class Wiring {}

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Wiring.class);

    @Test
    void startsWithoutTheModelAndHonoursTheSwitch() {
        runner.withPropertyValues("newsearch.nlp.enabled=false", "newsearch.nlp.ner-model=no/such/model.ser.gz",
                        "newsearch.nlp.aliases=config/entities.yml")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(EntityExtractor.class)
                            .hasSingleBean(EntityCanonicalizer.class);
                    assertThat(context.getBean(EntityExtractor.class).extract("T", "Gustavo Petro spoke.")).isEmpty();
                    assertThat(context.getBean(NlpProperties.class).maxParagraphChars()).isEqualTo(20_000);
                });
    }
}
