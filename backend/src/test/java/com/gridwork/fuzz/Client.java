package com.gridwork.fuzz;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Sends {@link FuzzRequest}s exactly as generated (raw bytes, no defaults added) to the application under test. */
final class Client {
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String base;
    /** Paths that have a GET in the contract, for fetching the ETag of {@link FuzzRequest#CURRENT_ETAG}. */
    private final Set<String> readablePaths;

    int sent;

    Client(String base, Set<String> readablePaths) {
        this.base = base;
        this.readablePaths = readablePaths;
    }

    Oracle.Response send(FuzzRequest request, String authorization) {
        HttpRequest.Builder builder;
        try {
            builder = HttpRequest.newBuilder(URI.create(base + request.rawPathAndQuery()))
                    .timeout(Duration.ofSeconds(20));
        } catch (IllegalArgumentException e) {
            return new Oracle.Response(0, Map.of(), new byte[0], "the client cannot form this URI: " + e.getMessage());
        }
        builder.method(
                request.method,
                request.body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body));
        for (Map.Entry<String, String> h : request.headers.entrySet()) {
            String value =
                    h.getValue().equals(FuzzRequest.CURRENT_ETAG) ? currentETag(request, authorization) : h.getValue();
            try {
                builder.header(h.getKey(), value);
            } catch (IllegalArgumentException e) {
                // a value java.net.http refuses to send (e.g. empty); the request goes without it
            }
        }
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return exchange(builder.build());
    }

    /** The ETag a GET of the same resource answers now; {@code *} where the contract has no GET for it. */
    private String currentETag(FuzzRequest request, String authorization) {
        if (!readablePaths.contains(request.pathTemplate)) {
            return "*";
        }
        HttpRequest.Builder get =
                HttpRequest.newBuilder(URI.create(base + request.rawPath())).GET();
        if (authorization != null) {
            get.header("Authorization", authorization);
        }
        Oracle.Response response = exchange(get.build());
        List<String> etag = response.headers().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("ETag"))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(List.of());
        return etag.isEmpty() ? "*" : etag.get(0);
    }

    private Oracle.Response exchange(HttpRequest request) {
        sent++;
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Oracle.Response(response.statusCode(), response.headers().map(), response.body(), null);
        } catch (IOException e) {
            return new Oracle.Response(0, Map.of(), new byte[0], e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Oracle.Response(0, Map.of(), new byte[0], "interrupted");
        }
    }
}
