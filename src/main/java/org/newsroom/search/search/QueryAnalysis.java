package org.newsroom.search.search;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.jspecify.annotations.Nullable;
import org.newsroom.search.article.NewsSearchException;
import org.newsroom.search.config.SearchProperties;
import org.newsroom.search.index.NewsAnalyzers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The analyzer queries are parsed with: the index chains plus the newsroom's synonyms from the synonym file. */
@Component
class QueryAnalysis {

    private static final Logger log = LoggerFactory.getLogger(QueryAnalysis.class);

    private final Analyzer analyzer;

    QueryAnalysis(SearchProperties properties) {
        this.analyzer = NewsAnalyzers.perField(load(properties.synonyms()));
    }

    Analyzer analyzer() {
        return analyzer;
    }

    static @Nullable SynonymMap load(Path file) {
        if (!Files.isRegularFile(file)) {
            log.info("No synonym file at {}; searching without synonyms", file.toAbsolutePath());
            return null;
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, NewsAnalyzers.synonymParsing());
            parser.parse(reader);
            return parser.build();
        } catch (IOException | ParseException e) {
            throw new NewsSearchException("Could not read the synonym file " + file + ": " + e.getMessage(), e);
        }
    }
}
