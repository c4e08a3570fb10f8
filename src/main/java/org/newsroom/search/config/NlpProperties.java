package org.newsroom.search.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Entity recognition settings ({@code newsearch.nlp.*}).
 *
 * @param enabled          run entity recognition at ingestion (off: articles get no person/organization facets)
 * @param nerModel         class-path or file location of the CoreNLP CRF model
 * @param aliases          the editable alias and block-list file
 * @param maxParagraphChars paragraphs longer than this are cut before tagging, so one pathological paragraph cannot
 *                         stall ingestion
 */
@ConfigurationProperties("newsearch.nlp")
public record NlpProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz") String nerModel,
        @DefaultValue("config/entities.yml") Path aliases,
        @DefaultValue("20000") int maxParagraphChars) {}
