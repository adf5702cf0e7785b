package com.gridwork.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.gridwork.fuzz.Contract.Body;
import com.gridwork.fuzz.Contract.Operation;
import com.gridwork.fuzz.Contract.Param;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Request generators for one operation of the contract: valid requests, and for every input (each parameter, each
 * body property, the body as a whole, Content-Type, Accept, Accept-Language) requests that are valid but for a
 * hostile value there. A {@link NoGenerator} from here fails the operation: nothing is skipped.
 */
final class Requests {
    static final String JSON = "application/json";
    static final String MULTIPART = "multipart/form-data";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String BOUNDARY = "gridwork-fuzz-7MA4YWxkTrZu0gW";

    static final List<String> ACCEPT_LANGUAGE = List.of("zh-CN", "en-US", "en-US,en;q=0.9", "zh-CN,zh;q=0.9,en;q=0.8");
    static final List<String> HOSTILE_ACCEPT_LANGUAGE = List.of(
            "zh;q=abc",
            "en-US;q=2",
            "en;q=-1",
            "*;q=0.5.5",
            ";;;",
            ",,,",
            "q=1",
            "en-US;q=",
            "zh-CN;q=0.9;q=0.8",
            "xx-YY",
            "en-US;q=1e5",
            "en-US;q=NaN",
            "i-klingon",
            "en_US",
            "-",
            "en-",
            ";q=0.5",
            "a".repeat(300),
            "zh-Hans-CN-x-" + "private".repeat(20));
    static final List<String> HOSTILE_ACCEPT =
            List.of("application/xml", "text/html", "image/gif", "garbage", "application/json;q=abc", "*/*;q=0");
    static final List<String> HOSTILE_IF_MATCH = List.of(
            "\"abc\"",
            "W/\"1\"",
            "\"99999999999999999999\"",
            "",
            "garbage",
            "\"-1\"",
            ",",
            "\"1\", \"2\"",
            "\"\"",
            "\"" + "9".repeat(500) + "\"",
            "W/",
            "\"");
    static final List<String> HOSTILE_CONTENT_TYPE = List.of(
            "text/plain",
            "application/xml",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
            "application/json; charset=klingon",
            "garbage",
            "");

    /** Writes one input of a request from random draws. */
    interface Part {
        void write(FuzzRequest request, RandomnessSource rs);
    }

    record Target(String name, Gen<FuzzRequest> requests) {}

    private record RawBody(String description, String contentType, byte[] bytes) {}

    private final Contract contract;
    private final Values values;
    private final World world;
    private final ObjectMapper json = new ObjectMapper();
    private final ObjectMapper escapingJson =
            JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    Requests(Contract contract, World world) {
        this.contract = contract;
        this.values = new Values(contract, world);
        this.world = world;
    }

    Gen<FuzzRequest> valid(Operation op) {
        return assemble(op, validParts(op), "valid");
    }

    /** One target per input of the operation, each with requests that are hostile there and valid elsewhere. */
    List<Target> hostile(Operation op) {
        Map<String, Part> valid = validParts(op);
        List<Target> targets = new ArrayList<>();
        for (Param p : op.params()) {
            String slot = p.in() + " " + p.name();
            targets.add(target(op, valid, slot, slot, hostileParam(op, p)));
        }
        targets.add(target(
                op,
                valid,
                "header Accept-Language",
                "header Accept-Language",
                header("Accept-Language", pickOrJunk(HOSTILE_ACCEPT_LANGUAGE, false))));
        targets.add(target(
                op, valid, "header Accept", "header Accept", header("Accept", pickOrJunk(HOSTILE_ACCEPT, false))));
        if (!op.bodies().isEmpty()) {
            Body body = op.bodies().get(0);
            switch (body.contentType()) {
                case JSON -> {
                    targets.add(target(op, valid, "body", "body", rawBodies(jsonBodies())));
                    targets.add(target(op, valid, "body", "header Content-Type", hostileContentType(op, body)));
                    for (List<String> path : values.propertyPaths(body.schema())) {
                        String name = "body " + String.join(".", path).replace(".[]", "[]");
                        targets.add(target(op, valid, "body", name, hostileProperty(op, body, path)));
                    }
                }
                case MULTIPART ->
                    targets.add(target(op, valid, "body", "body multipart", rawBodies(multipartBodies(op))));
                default -> throw new NoGenerator("request content type " + body.contentType());
            }
        }
        return targets;
    }

    private Target target(Operation op, Map<String, Part> valid, String slot, String name, Part hostile) {
        Map<String, Part> parts = new LinkedHashMap<>(valid);
        parts.put(slot, hostile);
        return new Target(name, assemble(op, parts, name));
    }

    private static Gen<FuzzRequest> assemble(Operation op, Map<String, Part> parts, String target) {
        List<Part> list = List.copyOf(parts.values());
        return rs -> {
            FuzzRequest request = new FuzzRequest(op.method(), op.path());
            request.target = target;
            list.forEach(p -> p.write(request, rs));
            return request;
        };
    }

    private Map<String, Part> validParts(Operation op) {
        Map<String, Part> parts = new LinkedHashMap<>();
        for (Param p : op.params()) {
            parts.put(p.in() + " " + p.name(), validParam(op, p));
        }
        parts.put("header Accept-Language", header("Accept-Language", optional(Generate.pick(ACCEPT_LANGUAGE))));
        parts.put("header Accept", (r, rs) -> {});
        if (!op.bodies().isEmpty()) {
            Body body = op.bodies().get(0);
            parts.put(
                    "body",
                    switch (body.contentType()) {
                        case JSON -> validJson(op, body);
                        case MULTIPART -> validMultipart(op);
                        default -> throw new NoGenerator("request content type " + body.contentType());
                    });
        }
        return parts;
    }

    // ---- parameters ----

    private Part validParam(Operation op, Param p) {
        switch (p.in()) {
            case "path" -> {
                if ("uuid".equals(p.schema().path("format").asText())) {
                    // an id the client makes itself (a device's): any UUID names a valid one
                    Gen<Long> bits = Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE);
                    return (r, rs) ->
                            r.pathValues.put(p.name(), new UUID(bits.generate(rs), bits.generate(rs)).toString());
                }
                Gen<Long> ids = Generate.pick(world.ids(pathKind(op.path(), p.name())));
                return (r, rs) -> r.pathValues.put(p.name(), Long.toString(ids.generate(rs)));
            }
            case "query" -> {
                Gen<Optional<Object>> value = p.name().equals("sort")
                        ? sorts(op)
                        : p.required()
                                ? values.valid(p.name(), p.schema(), op.path()).map(Optional::of)
                                : optional(values.valid(p.name(), p.schema(), op.path()));
                return (r, rs) -> value.generate(rs).ifPresent(v -> addQuery(r, p.name(), v));
            }
            case "header" -> {
                if (p.name().equalsIgnoreCase("If-Match")) {
                    Gen<Optional<String>> tag = p.required()
                            ? Generate.constant(Optional.of(FuzzRequest.CURRENT_ETAG))
                            : optional(Generate.constant(FuzzRequest.CURRENT_ETAG));
                    return header(p.name(), tag);
                }
                if (p.name().equalsIgnoreCase("Idempotency-Key")) {
                    // a fresh key per request: a generated one repeats, and a repeat is answered (422) by the key's
                    // check before the request reaches the endpoint the fuzzer is after
                    return header(
                            p.name(),
                            optional(Generate.constant(""))
                                    .map(o -> o.map(x -> UUID.randomUUID().toString())));
                }
                Gen<Object> value = values.valid(p.name(), p.schema(), op.path());
                return header(
                        p.name(),
                        (p.required() ? value.map(Optional::of) : optional(value)).map(o -> o.map(String::valueOf)));
            }
            default -> throw new NoGenerator(p.in() + " parameter " + p.name());
        }
    }

    private Part hostileParam(Operation op, Param p) {
        List<String> hostile =
                p.name().equalsIgnoreCase("If-Match") ? HOSTILE_IF_MATCH : values.hostileParam(p.name(), p.schema());
        if (p.in().equals("header")) {
            return header(
                    p.name(),
                    pickOrJunk(hostile.stream().filter(Requests::isHeaderSafe).toList(), p.required()));
        }
        Gen<Optional<String>> value = pickOrJunk(hostile, p.required() && p.in().equals("query"));
        if (p.in().equals("path")) {
            // an empty segment would address another route (/api/households/ is the list)
            return (r, rs) -> r.pathValues.put(
                    p.name(), value.generate(rs).filter(v -> !v.isEmpty()).orElse(" "));
        }
        return (r, rs) -> value.generate(rs).ifPresent(v -> r.query.add(Map.entry(p.name(), v)));
    }

    /** A hostile value from the list (mostly) or random code points; empty means "leave the input out". */
    private static Gen<Optional<String>> pickOrJunk(List<String> hostile, boolean mayOmit) {
        List<Optional<String>> choices = new ArrayList<>();
        if (mayOmit) {
            choices.add(Optional.empty());
        }
        hostile.forEach(h -> choices.add(Optional.of(h)));
        return Generate.frequency(
                Pair.of(4, Generate.pick(choices)), Pair.of(1, Values.junk().map(Optional::of)));
    }

    private static Part header(String name, Gen<Optional<String>> value) {
        return (r, rs) -> value.generate(rs).filter(Requests::isHeaderSafe).ifPresent(v -> r.headers.put(name, v));
    }

    /** HTTP header values are ASCII without controls here; the client cannot send anything else. */
    private static boolean isHeaderSafe(String value) {
        return value.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    }

    private static void addQuery(FuzzRequest r, String name, Object value) {
        if (value instanceof List<?> list) {
            list.forEach(v -> r.query.add(Map.entry(name, String.valueOf(v))));
        } else {
            r.query.add(Map.entry(name, String.valueOf(value)));
        }
    }

    /** A sort on the list items' own fields (which the server may still refuse: the contract does not list them). */
    private Gen<Optional<Object>> sorts(Operation op) {
        JsonNode page = contract.responseSchema(op.method(), op.path(), 200, JSON);
        List<Optional<Object>> choices = new ArrayList<>();
        choices.add(Optional.empty());
        if (page != null) {
            JsonNode item =
                    contract.resolve(page.path("properties").path("items").path("items"));
            if (item != null) {
                item.path("properties").fieldNames().forEachRemaining(f -> {
                    choices.add(Optional.of(f));
                    choices.add(Optional.of("-" + f));
                });
            }
        }
        return Generate.pick(choices);
    }

    static String pathKind(String path, String param) {
        String[] segments = path.split("/");
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].equals("{" + param + "}")) {
                String kind = World.PATH_KINDS.get(segments[i - 1]);
                if (kind == null) {
                    throw new NoGenerator("no id source for path parameter " + param + " after /" + segments[i - 1]);
                }
                return kind;
            }
        }
        throw new NoGenerator("path parameter " + param + " not in " + path);
    }

    private static <T> Gen<Optional<T>> optional(Gen<T> gen) {
        return Generate.booleans().zip(gen, (present, v) -> present ? Optional.of(v) : Optional.empty());
    }

    // ---- JSON bodies ----

    private Part validJson(Operation op, Body body) {
        Gen<Object> tree = values.object(body.schema(), op.path(), List.of());
        Gen<Optional<Object>> maybe = body.required() ? tree.map(Optional::of) : optional(tree);
        return (r, rs) -> maybe.generate(rs).ifPresent(t -> setJson(r, write(t)));
    }

    private Part hostileProperty(Operation op, Body body, List<String> path) {
        Gen<Object> tree = values.object(body.schema(), op.path(), path);
        Pair<JsonNode, Boolean> at = values.at(body.schema(), path);
        List<Object> hostile = values.hostileJson(at._1, at._2);
        Gen<Object> value = Generate.frequency(
                Pair.of(4, Generate.pick(hostile)), Pair.of(1, Values.junk().map(Object.class::cast)));
        return (r, rs) -> {
            Object t = tree.generate(rs);
            replace(t, path, value.generate(rs));
            setJson(r, write(t));
        };
    }

    @SuppressWarnings("unchecked")
    private static void replace(Object tree, List<String> path, Object value) {
        Object node = tree;
        for (int i = 0; i < path.size() - 1; i++) {
            node = path.get(i).equals("[]")
                    ? ((List<Object>) node).get(0)
                    : ((Map<String, Object>) node).get(path.get(i));
        }
        Map<String, Object> parent = (Map<String, Object>) node;
        String last = path.get(path.size() - 1);
        if (value == Values.REMOVE) {
            parent.remove(last);
        } else {
            parent.put(last, value);
        }
    }

    private Part hostileContentType(Operation op, Body body) {
        Part valid = validJson(op, new Body(body.contentType(), body.schema(), true));
        Gen<Optional<String>> type = pickOrJunk(HOSTILE_CONTENT_TYPE, true);
        return (r, rs) -> {
            valid.write(r, rs);
            r.headers.remove("Content-Type");
            type.generate(rs).filter(Requests::isHeaderSafe).ifPresent(t -> r.headers.put("Content-Type", t));
        };
    }

    private static List<RawBody> jsonBodies() {
        List<RawBody> bodies = new ArrayList<>();
        for (String text : List.of(
                "",
                "null",
                "[]",
                "{}",
                "\"text\"",
                "42",
                "{",
                "{\"a\":}",
                "{'a':1}",
                "1e400",
                "/*c*/{}",
                "{} {}",
                "{\"a\":1,\"a\":2}",
                "[".repeat(5000),
                "{\"a\":".repeat(2000))) {
            bodies.add(new RawBody(text, JSON, text.getBytes(StandardCharsets.UTF_8)));
        }
        bodies.add(new RawBody("\\ufeff{} (byte order mark)", JSON, "\ufeff{}".getBytes(StandardCharsets.UTF_8)));
        bodies.add(new RawBody("{\"a\":\"\\xC3(\"} (invalid UTF-8)", JSON, new byte[] {
            '{', '"', 'a', '"', ':', '"', (byte) 0xC3, '(', '"', '}'
        }));
        bodies.add(new RawBody("{\"a\":\"\\xED\\xA0\\x80\"} (a surrogate in UTF-8)", JSON, new byte[] {
            '{', '"', 'a', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'
        }));
        return bodies;
    }

    private Part rawBodies(List<RawBody> bodies) {
        Gen<RawBody> body = Generate.pick(bodies);
        return (r, rs) -> {
            RawBody b = body.generate(rs);
            r.headers.remove("Content-Type");
            if (b.contentType() != null) {
                r.headers.put("Content-Type", b.contentType());
            }
            r.body = b.bytes();
            r.bodyText = b.description();
        };
    }

    private void setJson(FuzzRequest r, String text) {
        r.headers.put("Content-Type", JSON);
        r.body = text.getBytes(StandardCharsets.UTF_8);
        r.bodyText = text;
    }

    /** JSON text; with an unpaired surrogate inside, as {@code \ud800} escapes (UTF-8 has no bytes for it). */
    String write(Object tree) {
        try {
            String text = json.writeValueAsString(tree);
            boolean lone = false;
            for (int i = 0; i < text.length() && !lone; i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c)
                        && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    lone = Character.isSurrogate(c);
                }
            }
            return lone ? escapingJson.writeValueAsString(tree) : text;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- multipart ----

    /** One part of a multipart body; {@code filename} and {@code type} may be null. */
    private record FilePart(String name, String filename, String type, byte[] content) {}

    /** The media type an upload to {@code op} takes, and a seeded file of that type. */
    private Pair<String, byte[]> upload(Operation op) {
        // a wish's fulfilment and a milestone's report carry their evidence photo
        boolean photo = op.path().contains("photo")
                || op.path().endsWith("/fulfil")
                || op.path().startsWith("/api/cobuild-milestones/");
        String type = photo ? "image/png" : op.path().contains("import") ? XLSX : null;
        byte[] file = type == null ? null : world.files().get(type);
        if (file == null) {
            throw new NoGenerator("no file to upload to " + op.key());
        }
        return Pair.of(type, file);
    }

    private Part validMultipart(Operation op) {
        Pair<String, byte[]> upload = upload(op);
        String name = upload._1.equals(XLSX) ? "upload.xlsx" : "upload.png";
        List<FilePart> parts = new ArrayList<>(List.of(new FilePart("file", name, upload._1, upload._2)));
        if (op.path().endsWith("/fulfil")) {
            // a wish's fulfilment also takes its note
            parts.add(new FilePart("note", null, null, "模糊送达".getBytes(StandardCharsets.UTF_8)));
        }
        byte[] body = multipart(parts, true);
        return (r, rs) -> {
            r.headers.put("Content-Type", MULTIPART + "; boundary=" + BOUNDARY);
            r.body = body;
            r.bodyText = "multipart: file " + name + " (" + upload._1 + ", " + upload._2.length + " bytes)";
        };
    }

    private List<RawBody> multipartBodies(Operation op) {
        byte[] file = upload(op)._2;
        String withBoundary = MULTIPART + "; boundary=" + BOUNDARY;
        FilePart valid = new FilePart("file", "upload.bin", "application/octet-stream", file);
        byte[] text = "hello".getBytes(StandardCharsets.US_ASCII);
        List<RawBody> bodies = new ArrayList<>();
        bodies.add(new RawBody("multipart with no parts", withBoundary, multipart(List.of(), true)));
        bodies.add(new RawBody("empty body", withBoundary, new byte[0]));
        bodies.add(new RawBody("no boundary parameter", MULTIPART, multipart(List.of(valid), true)));
        bodies.add(new RawBody("empty boundary parameter", MULTIPART + "; boundary=", multipart(List.of(valid), true)));
        bodies.add(new RawBody(
                "a part named other",
                withBoundary,
                multipart(List.of(new FilePart("other", "upload.bin", "application/octet-stream", file)), true)));
        bodies.add(new RawBody(
                "an empty file",
                withBoundary,
                multipart(List.of(new FilePart("file", "upload.bin", "application/octet-stream", new byte[0])), true)));
        bodies.add(new RawBody(
                "a text file",
                withBoundary,
                multipart(List.of(new FilePart("file", "upload.bin", "text/plain", text)), true)));
        bodies.add(new RawBody(
                "a field without a filename",
                withBoundary,
                multipart(List.of(new FilePart("file", null, null, text)), true)));
        bodies.add(new RawBody("no closing boundary", withBoundary, multipart(List.of(valid), false)));
        bodies.add(new RawBody("two files", withBoundary, multipart(List.of(valid, valid), true)));
        bodies.add(new RawBody(
                "a file name with a path",
                withBoundary,
                multipart(List.of(new FilePart("file", "../../../etc/passwd", "image/png", file)), true)));
        bodies.add(new RawBody("JSON instead of multipart", JSON, "{}".getBytes(StandardCharsets.US_ASCII)));
        bodies.add(new RawBody("text instead of multipart", "text/plain", text));
        bodies.add(new RawBody("no Content-Type", null, multipart(List.of(valid), true)));
        return bodies;
    }

    private static byte[] multipart(List<FilePart> parts, boolean closed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (FilePart p : parts) {
            StringBuilder head = new StringBuilder("--")
                    .append(BOUNDARY)
                    .append("\r\nContent-Disposition: form-data; name=\"")
                    .append(p.name())
                    .append('"');
            if (p.filename() != null) {
                head.append("; filename=\"").append(p.filename()).append('"');
            }
            head.append("\r\n");
            if (p.type() != null) {
                head.append("Content-Type: ").append(p.type()).append("\r\n");
            }
            head.append("\r\n");
            out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes(p.content());
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        if (closed) {
            out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        return out.toByteArray();
    }
}
