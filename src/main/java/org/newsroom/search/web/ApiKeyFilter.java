package org.newsroom.search.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.newsroom.search.config.SecurityProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requires an API key ({@code X-API-Key}) for every request that changes the archive, and for reads too when
 * reads are closed by configuration. Keys are compared in constant time and never logged.
 */
@Component
class ApiKeyFilter extends OncePerRequestFilter {

    static final String HEADER = "X-API-Key";
    private static final java.util.Set<String> READ_ONLY_POSTS = java.util.Set.of("/api/v1/related");

    private final List<byte[]> keys;
    private final boolean readOpen;

    ApiKeyFilter(SecurityProperties properties) {
        this.keys = properties.apiKeys().stream()
                .filter(k -> !k.isBlank())
                .map(k -> k.strip().getBytes(StandardCharsets.UTF_8))
                .toList();
        this.readOpen = properties.readOpen();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // POST /api/v1/related only reads: it finds coverage for a draft and stores nothing.
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())
                || ("POST".equals(request.getMethod()) && READ_ONLY_POSTS.contains(request.getRequestURI()));
        if ((read && readOpen) || "OPTIONS".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        if (keys.isEmpty()) {
            refuse(response, HttpStatus.FORBIDDEN, "This server accepts no changes: no API key is configured "
                    + "(set newsearch.security.api-keys).");
            return;
        }
        if (!accepted(request.getHeader(HEADER))) {
            refuse(response, HttpStatus.UNAUTHORIZED, "This request needs a valid API key in the " + HEADER
                    + " header.");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean accepted(@Nullable String presented) {
        if (presented == null) {
            return false;
        }
        byte[] given = presented.strip().getBytes(StandardCharsets.UTF_8);
        boolean match = false;
        for (byte[] key : keys) {
            // Check every key, so the time taken does not tell which one (or how much of one) matched.
            match |= MessageDigest.isEqual(key, given);
        }
        return match;
    }

    private static void refuse(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String body = "{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
                + status.value() + ",\"detail\":\"" + detail.replace("\"", "'") + "\"}";
        response.getWriter().write(body);
    }
}
