package com.gridwork.fuzz;

import com.atlassian.oai.validator.model.SimpleRequest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One generated request, kept as the values the generator chose (so that a report shows an unpaired surrogate as
 * {@code \ud800}, not as bytes), and which part of it is hostile ({@link #target}, "valid" when none).
 */
final class FuzzRequest {
    /** An If-Match value that the sender replaces with the resource's ETag of the moment. */
    static final String CURRENT_ETAG = "<current ETag>";

    final String method;
    final String pathTemplate;
    final Map<String, String> pathValues = new LinkedHashMap<>();
    final List<Map.Entry<String, String>> query = new ArrayList<>();
    final Map<String, String> headers = new LinkedHashMap<>();
    byte[] body;
    /** The body as a person should read it in a report. */
    String bodyText;

    String target = "valid";

    FuzzRequest(String method, String pathTemplate) {
        this.method = method;
        this.pathTemplate = pathTemplate;
    }

    boolean valid() {
        return target.equals("valid");
    }

    /** The path with every value percent-encoded (an unpaired surrogate as the bytes Java would have to invent). */
    String rawPath() {
        String path = pathTemplate;
        for (Map.Entry<String, String> e : pathValues.entrySet()) {
            path = path.replace("{" + e.getKey() + "}", encode(e.getValue()));
        }
        return path;
    }

    String rawQuery() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> q : query) {
            sb.append(sb.length() == 0 ? "" : "&")
                    .append(encode(q.getKey()))
                    .append('=')
                    .append(encode(q.getValue()));
        }
        return sb.toString();
    }

    String rawPathAndQuery() {
        String q = rawQuery();
        return q.isEmpty() ? rawPath() : rawPath() + "?" + q;
    }

    /** This request as swagger-request-validator takes it (with some ETag where the sender would fetch one). */
    SimpleRequest forValidator() {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(method, rawPath());
        Map<String, List<String>> params = new LinkedHashMap<>();
        query.forEach(
                q -> params.computeIfAbsent(q.getKey(), k -> new ArrayList<>()).add(q.getValue()));
        params.forEach(builder::withQueryParam);
        headers.forEach((name, value) -> builder.withHeader(name, value.equals(CURRENT_ETAG) ? "\"1\"" : value));
        if (!headers.containsKey("Authorization")) {
            builder.withAuthorization("Bearer token");
        }
        if (body != null) {
            builder.withBody(body);
        }
        return builder.build();
    }

    String describe() {
        StringBuilder sb = new StringBuilder(method).append(' ').append(readable(pathTemplate));
        pathValues.forEach((k, v) -> sb.append(" {").append(k).append("}=").append(quoted(v)));
        for (Map.Entry<String, String> q : query) {
            sb.append("\n    ?").append(readable(q.getKey())).append('=').append(quoted(q.getValue()));
        }
        headers.forEach((k, v) -> sb.append("\n    ")
                .append(k)
                .append(": ")
                .append(readable(k.equals("Authorization") && v.length() > 40 ? v.substring(0, 40) + "…" : v)));
        if (bodyText != null) {
            String text = bodyText.length() > 600
                    ? bodyText.substring(0, 600) + "… (" + bodyText.length() + " chars)"
                    : bodyText;
            sb.append("\n    body: ").append(readable(text));
        }
        return sb.toString();
    }

    private static String quoted(String value) {
        String shown = value.length() > 200 ? value.substring(0, 200) + "… (" + value.length() + " chars)" : value;
        return "\"" + readable(shown) + "\"";
    }

    /** Invisible, control and surrogate characters as Java escapes, so that a report line says what was sent. */
    static String readable(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair =
                    Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (pair) {
                sb.append(c).append(s.charAt(++i));
            } else if (c < 0x20
                    || c == 0x7f
                    || Character.isSurrogate(c)
                    || Character.getType(c) == Character.FORMAT
                    || Character.isSpaceChar(c) && c != ' ') {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Percent-encodes everything but unreserved characters as UTF-8. An unpaired surrogate has no UTF-8 form; it
     * goes out as its three-byte generalized form (%ED%A0%80 for U+D800), which a strict UTF-8 decoder must refuse.
     */
    static String encode(String value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                bytes.writeBytes(value.substring(i, i + 2).getBytes(StandardCharsets.UTF_8));
                i++;
            } else if (Character.isSurrogate(c)) {
                bytes.write(0xE0 | (c >> 12));
                bytes.write(0x80 | ((c >> 6) & 0x3F));
                bytes.write(0x80 | (c & 0x3F));
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes.toByteArray()) {
            int u = b & 0xFF;
            if (u >= 'a' && u <= 'z'
                    || u >= 'A' && u <= 'Z'
                    || u >= '0' && u <= '9'
                    || u == '-'
                    || u == '.'
                    || u == '_'
                    || u == '~') {
                sb.append((char) u);
            } else {
                sb.append('%')
                        .append(Character.toUpperCase(Character.forDigit(u >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(u & 0xF, 16)));
            }
        }
        return sb.toString();
    }
}
