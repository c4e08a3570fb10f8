package org.newsroom.search.config;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Access settings ({@code newsearch.security.*}).
 *
 * @param apiKeys  keys accepted in the {@code X-API-Key} header; write endpoints are refused while this is empty.
 *                 Set them in the environment ({@code NEWSEARCH_SECURITY_API_KEYS=key1,key2}) rather than in files.
 * @param readOpen whether searches and article reads work without a key
 */
@ConfigurationProperties("newsearch.security")
public record SecurityProperties(@DefaultValue List<String> apiKeys, @DefaultValue("true") boolean readOpen) {}
