package com.gridwork.common.error;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A multipart Content-Type with an empty boundary ({@code boundary=} or {@code boundary=""}) makes Quarkus' multipart
 * parser fail with an index error before the endpoint runs, a 500. Such a body cannot be read, like one without
 * parts, so it gets the same 400 naming the endpoint's file parts ({@link MultipartParts#missing}).
 */
public class MultipartBoundary {
    private static final Pattern BOUNDARY =
            Pattern.compile(";\\s*boundary\\s*=\\s*(\"([^\"]*)\"|[^;\\s]*)", Pattern.CASE_INSENSITIVE);

    @ServerRequestFilter
    public void refuseAnEmptyBoundary(ContainerRequestContext request, ResourceInfo resource) {
        String type = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return;
        }
        Matcher boundary = BOUNDARY.matcher(type);
        if (boundary.find() && (boundary.group(2) != null ? boundary.group(2) : boundary.group(1)).isEmpty()) {
            throw MultipartParts.missing(resource);
        }
    }
}
