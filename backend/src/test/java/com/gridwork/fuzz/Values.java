package com.gridwork.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.gridwork.common.crypto.IdCards;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

/**
 * Values derived from a schema: valid ones (real ids and codes from the {@link World}, enum values, dates, strings
 * within length and pattern) and hostile ones (wrong types, out of range, huge and fractional numbers, impossible
 * dates, unknown enum values, blank and invisible strings, unpaired surrogates).
 */
final class Values {
    /** A required property left out of a body. */
    static final Object REMOVE = new Object() {
        @Override
        public String toString() {
            return "<removed>";
        }
    };

    static final Object JSON_NULL = NullNode.instance;

    static final List<String> HOSTILE_TEXT = List.of(
            "",
            " ",
            "\u3000",
            "\u200b",
            "\t\n",
            "\ud800",
            "a\udc00b",
            "\u0000",
            "\ufeff",
            "\u202e社区",
            "😀",
            "'; DROP TABLE area; --",
            "<script>alert(1)</script>",
            "%",
            "${jndi:ldap://x/a}",
            "../../etc/passwd",
            "x".repeat(5000));
    static final List<String> HOSTILE_INTEGER = List.of(
            "abc",
            "1.5",
            "-1",
            "0",
            "1e3",
            "99999999999999999999",
            "9223372036854775807",
            "-9223372036854775808",
            "9223372036854775808",
            "2147483648",
            "",
            " ",
            "0x1F",
            "１２",
            "1,2",
            "NaN",
            "+1",
            "\ud800",
            "1 ");
    static final List<String> HOSTILE_DATE = List.of(
            "+99999-01-01",
            "99999-12-31",
            "-0001-01-01",
            "-999999999-01-01",
            "0000-00-00",
            "2024-13-45",
            "2024-02-30",
            "2024-1-1",
            "yesterday",
            "",
            "2024-01-01T00:00:00Z",
            "20240101",
            "\ud800");
    static final List<String> HOSTILE_DATE_TIME = List.of(
            "+99999-01-01T00:00:00Z",
            "-999999999-01-01T00:00:00Z",
            "2024-01-01T25:00:00Z",
            "2024-01-01",
            "now",
            "",
            "1700000000",
            "2024-01-01T00:00:00+99:00",
            "2024-01-01T00:00:00.0000000001Z",
            "\ud800");
    static final List<String> HOSTILE_EMAIL = List.of(
            "not-an-email",
            "a@",
            "@example.org",
            "a@b@c.cn",
            "a b@c.cn",
            "\u200b@c.cn",
            "a@\ud800.cn",
            "x".repeat(300) + "@c.cn",
            "");
    static final List<String> HOSTILE_BOOLEAN = List.of("maybe", "", "1", "yes", "\ud800");
    static final List<String> HOSTILE_PAGE =
            List.of("-1", "2147483647", "2147483648", "21474837", "99999999999999999999", "1.5", "abc", "");
    static final List<String> HOSTILE_SIZE =
            List.of("0", "-1", "101", "2147483647", "99999999999999999999", "1.5", "abc", "");
    static final List<String> HOSTILE_SORT = List.of(
            ",",
            ",,,",
            "-",
            "--name",
            "name,",
            " ",
            "+name",
            "name desc",
            "noSuchField",
            "name;drop table area",
            "\ud800",
            "-".repeat(2000),
            "id,id,id",
            "\u0000");
    static final List<String> HOSTILE_YEAR =
            List.of("-1", "0", "99999", "2147483648", "1.5", "abc", "+2026", "02026", "\ud800");

    private static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    private static final int DAYS = 11_322; // to 2030-12-31
    private static final String TEXT_ALPHABET = "幸福里社区网格楼道灯路面积水噪声张伟王李AbcXyz0123456789";

    private final Contract contract;
    private final World world;

    Values(Contract contract, World world) {
        this.contract = contract;
        this.world = world;
    }

    /** The schema with references followed and 3.1's nullable wrapper removed. */
    JsonNode schema(JsonNode raw) {
        return contract.nonNull(contract.resolve(raw));
    }

    static String kind(JsonNode schema) {
        List<String> types = Contract.types(schema);
        if (!types.isEmpty()) {
            return types.get(0);
        }
        if (schema.has("properties")) {
            return "object";
        }
        throw new NoGenerator("a schema without a type: " + schema);
    }

    /**
     * A valid value for a parameter or property called {@code name}. {@code owner} is the operation's path, which
     * tells household tags from residents' care groups.
     */
    Gen<Object> valid(String name, JsonNode raw, String owner) {
        JsonNode schema = schema(raw);
        switch (kind(schema)) {
            case "integer" -> {
                String kind = World.ID_KINDS.get(name);
                if (kind != null) {
                    return Generate.pick(world.ids(kind)).map(Object.class::cast);
                }
                if (name.endsWith("Id") || name.endsWith("Ids")) {
                    throw new NoGenerator("no id source for " + name);
                }
                long min = schema.has("minimum") ? schema.get("minimum").asLong() : 0;
                long max = schema.has("maximum") ? schema.get("maximum").asLong() : min + 1000;
                return longs().between(min, max).map(Object.class::cast);
            }
            case "number" -> {
                long min = schema.has("minimum") ? schema.get("minimum").asLong() : 0;
                long max = schema.has("maximum") ? schema.get("maximum").asLong() : min + 1000;
                return longs().between(min * 100, max * 100).map(n -> (Object) BigDecimal.valueOf(n, 2));
            }
            case "boolean" -> {
                return Generate.booleans().map(Object.class::cast);
            }
            case "string" -> {
                return string(name, schema, owner).map(Object.class::cast);
            }
            case "array" -> {
                int min = schema.path("minItems").asInt(0);
                int max = Math.min(schema.path("maxItems").asInt(Integer.MAX_VALUE), min + 3);
                Gen<Object> item = isTags(name) ? tags(owner) : valid(name, schema.path("items"), owner);
                return lists().of(item).ofSizeBetween(min, max).map(Object.class::cast);
            }
            case "object" -> {
                return object(schema, owner, List.of());
            }
            default -> throw new NoGenerator("type " + kind(schema) + " of " + name);
        }
    }

    /**
     * A valid object; the properties along {@code forced} (names, "[]" for an array's first item) are always present,
     * so that a hostile value can take their place.
     */
    Gen<Object> object(JsonNode raw, String owner, List<String> forced) {
        JsonNode schema = schema(raw);
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        Map<String, Gen<Object>> properties = new LinkedHashMap<>();
        schema.path("properties").fields().forEachRemaining(p -> {
            boolean onPath = !forced.isEmpty() && forced.get(0).equals(p.getKey());
            properties.put(
                    p.getKey(),
                    onPath
                            ? forcedValue(p.getKey(), p.getValue(), owner, forced.subList(1, forced.size()))
                            : valid(p.getKey(), p.getValue(), owner));
        });
        if (!forced.isEmpty() && !properties.containsKey(forced.get(0))) {
            throw new IllegalArgumentException("no property " + forced.get(0) + " in " + schema);
        }
        Gen<Boolean> include = Generate.booleans();
        return rs -> {
            Map<String, Object> value = new LinkedHashMap<>();
            properties.forEach((name, gen) -> {
                boolean always = required.contains(name)
                        || !forced.isEmpty() && forced.get(0).equals(name);
                if (always || include.generate(rs)) {
                    value.put(name, gen.generate(rs));
                }
            });
            return value;
        };
    }

    private Gen<Object> forcedValue(String name, JsonNode raw, String owner, List<String> rest) {
        if (rest.isEmpty()) {
            return valid(name, raw, owner);
        }
        JsonNode schema = schema(raw);
        if (rest.get(0).equals("[]")) {
            Gen<Object> first = rest.size() == 1
                    ? valid(name, schema.path("items"), owner)
                    : object(schema.path("items"), owner, rest.subList(1, rest.size()));
            Gen<Object> others = valid(name, schema, owner);
            return first.zip(others, (f, o) -> {
                List<Object> list = new ArrayList<>();
                list.add(f);
                list.addAll((List<?>) o);
                return (Object) list;
            });
        }
        return object(schema, owner, rest);
    }

    /** Every property path of a body schema that a hostile value can replace: {@code location.areaId}, {@code days[].date}. */
    List<List<String>> propertyPaths(JsonNode raw) {
        List<List<String>> paths = new ArrayList<>();
        collectPaths(schema(raw), new ArrayList<>(), paths, 0);
        return paths;
    }

    private void collectPaths(JsonNode schema, List<String> prefix, List<List<String>> paths, int depth) {
        if (depth > 5) {
            return;
        }
        schema.path("properties").fields().forEachRemaining(p -> {
            List<String> path = new ArrayList<>(prefix);
            path.add(p.getKey());
            paths.add(path);
            JsonNode child = schema(p.getValue());
            String kind = kind(child);
            if (kind.equals("object")) {
                collectPaths(child, path, paths, depth + 1);
            } else if (kind.equals("array") && kind(schema(child.path("items"))).equals("object")) {
                List<String> items = new ArrayList<>(path);
                items.add("[]");
                collectPaths(schema(child.path("items")), items, paths, depth + 1);
            }
        });
    }

    /** The schema at a property path, and whether the property is required where it sits. */
    Pair<JsonNode, Boolean> at(JsonNode raw, List<String> path) {
        JsonNode schema = schema(raw);
        boolean required = false;
        for (String step : path) {
            if (step.equals("[]")) {
                schema = schema(schema.path("items"));
                continue;
            }
            Set<String> req = new HashSet<>();
            schema.path("required").forEach(r -> req.add(r.asText()));
            required = req.contains(step);
            schema = schema(schema.path("properties").path(step));
        }
        return Pair.of(schema, required);
    }

    private Gen<String> string(String name, JsonNode schema, String owner) {
        if (schema.has("enum")) {
            List<String> values = new ArrayList<>();
            schema.get("enum").forEach(v -> values.add(v.asText()));
            return Generate.pick(values);
        }
        String format = schema.path("format").asText("");
        switch (format) {
            case "date" -> {
                return Generate.range(0, DAYS).map(d -> FIRST_DAY.plusDays(d).toString());
            }
            case "date-time" -> {
                long from = FIRST_DAY.toEpochDay() * 86_400;
                return longs().between(from, from + DAYS * 86_400L)
                        .map(s -> Instant.ofEpochSecond(s).toString());
            }
            case "email" -> {
                return Regex.strings("[a-z]{1,8}(\\.[a-z]{1,8})?@[a-z]{2,8}\\.(cn|org)");
            }
            case "" -> {
                // a plain string: the name may say more than the schema
            }
            default -> throw new NoGenerator("string format " + format + " of " + name);
        }
        if (World.CODE_LISTS.containsKey(name)) {
            return Generate.pick(world.codes(World.CODE_LISTS.get(name)));
        }
        if (isTags(name)) {
            return tags(owner).map(String.class::cast);
        }
        switch (name) {
            case "idCard" -> {
                return idCards();
            }
            case "phone" -> {
                return Regex.strings("1[3-9]\\d{9}");
            }
            case "actor" -> {
                return Generate.pick(world.usernames());
            }
            case "status" -> {
                return Generate.pick(List.of("ACTIVE", "MOVED_OUT"));
            }
            default -> {
                // below
            }
        }
        int min = Math.max(1, schema.path("minLength").asInt(1));
        int max = Math.min(schema.path("maxLength").asInt(24), 24);
        String pattern = schema.path("pattern").asText("");
        if (!pattern.isEmpty() && !pattern.equals("\\S")) {
            return Regex.strings(pattern);
        }
        return text(min, Math.max(min, max));
    }

    /** Readable non-blank text: Chinese, Latin letters and digits, a space inside now and then. */
    static Gen<String> text(int minLength, int maxLength) {
        List<Character> alphabet = TEXT_ALPHABET.chars().mapToObj(c -> (char) c).toList();
        Gen<Character> letter = Generate.pick(alphabet);
        Gen<Integer> length = Generate.range(minLength, maxLength);
        Gen<Integer> space = Generate.range(0, 9);
        return rs -> {
            int n = length.generate(rs);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                boolean inside = i > 0 && i < n - 1;
                sb.append(inside && space.generate(rs) == 0 ? ' ' : letter.generate(rs));
            }
            return sb.toString();
        };
    }

    /** Valid resident ID numbers (GB 11643): a Beijing area code, a birthday, a sequence, the check character. */
    static Gen<String> idCards() {
        Gen<Integer> day = Generate.range(0, 30_000);
        Gen<Integer> sequence = Generate.range(0, 999);
        return day.zip(sequence, (d, s) -> {
            String first17 = "110105" + LocalDate.of(1940, 1, 1).plusDays(d).format(DateTimeFormatter.BASIC_ISO_DATE)
                    + String.format(Locale.ROOT, "%03d", s);
            return first17 + IdCards.checkCharacter(first17);
        });
    }

    private static boolean isTags(String name) {
        return name.equals("tags") || name.equals("tag");
    }

    private Gen<Object> tags(String owner) {
        List<String> codes = owner.contains("household")
                ? world.codes("HOUSEHOLD_TAG")
                : owner.contains("resident")
                        ? world.codes("CARE_GROUP")
                        : Stream.concat(world.codes("HOUSEHOLD_TAG").stream(), world.codes("CARE_GROUP").stream())
                                .toList();
        return Generate.pick(codes).map(Object.class::cast);
    }

    // ---- hostile values ----

    /** Hostile values for a query, path or header parameter, by its name and schema. */
    List<String> hostileParam(String name, JsonNode raw) {
        JsonNode schema = schema(raw);
        switch (name) {
            case "page" -> {
                return HOSTILE_PAGE;
            }
            case "size" -> {
                return HOSTILE_SIZE;
            }
            case "sort" -> {
                return HOSTILE_SORT;
            }
            case "year" -> {
                return HOSTILE_YEAR;
            }
            default -> {
                // by schema
            }
        }
        return switch (kind(schema)) {
            case "integer", "number" -> HOSTILE_INTEGER;
            case "boolean" -> HOSTILE_BOOLEAN;
            case "array" -> hostileParam(name, schema.path("items"));
            case "string" -> {
                if (schema.has("enum")) {
                    String first = schema.get("enum").get(0).asText();
                    yield List.of(
                            "NOPE",
                            first.toLowerCase(Locale.ROOT),
                            " " + first,
                            first + " ",
                            "",
                            first + "\u0000",
                            "\ud800");
                }
                yield switch (schema.path("format").asText("")) {
                    case "date" -> HOSTILE_DATE;
                    case "date-time" -> HOSTILE_DATE_TIME;
                    case "email" -> HOSTILE_EMAIL;
                    default -> HOSTILE_TEXT;
                };
            }
            default -> throw new NoGenerator("no hostile values for " + name + ": " + schema);
        };
    }

    /** Hostile JSON values for a body property ({@link #REMOVE} when it is required). */
    List<Object> hostileJson(JsonNode raw, boolean required) {
        JsonNode schema = schema(raw);
        List<Object> values = new ArrayList<>();
        if (required) {
            values.add(REMOVE);
        }
        values.add(JSON_NULL);
        switch (kind(schema)) {
            case "integer", "number" -> {
                values.addAll(List.of(
                        new BigDecimal("1.5"),
                        -1L,
                        0L,
                        99_999_999_999L,
                        new BigInteger("18446744073709551616"),
                        new BigDecimal("1E+400"),
                        Long.MAX_VALUE,
                        Long.MIN_VALUE,
                        2_147_483_648L,
                        "12",
                        "abc",
                        "",
                        true,
                        List.of(),
                        Map.of()));
                if (schema.has("minimum")) {
                    values.add(schema.get("minimum").asLong() - 1);
                }
                if (schema.has("maximum")) {
                    values.add(schema.get("maximum").asLong() + 1);
                }
            }
            case "boolean" -> values.addAll(List.of("yes", "", 1, 0, List.of(), Map.of()));
            case "string" -> {
                if (schema.has("enum")) {
                    String first = schema.get("enum").get(0).asText();
                    values.addAll(List.of("NOPE", first.toLowerCase(Locale.ROOT), " " + first, "", 0, List.of()));
                } else {
                    switch (schema.path("format").asText("")) {
                        case "date" -> values.addAll(HOSTILE_DATE);
                        case "date-time" -> values.addAll(HOSTILE_DATE_TIME);
                        case "email" -> values.addAll(HOSTILE_EMAIL);
                        default -> {
                            values.addAll(HOSTILE_TEXT);
                            if (schema.has("maxLength")) {
                                values.add("长".repeat(schema.get("maxLength").asInt() + 1));
                            }
                        }
                    }
                    values.addAll(List.of(12345, true, List.of(), Map.of()));
                }
            }
            case "array" -> {
                int tooMany = schema.path("maxItems").asInt(999) + 1;
                JsonNode items = schema(schema.path("items"));
                Object item = kind(items).equals("integer") ? (Object) 1L : "A";
                values.addAll(List.of(
                        "notarray",
                        Map.of(),
                        Collections.singletonList(JSON_NULL),
                        List.of(List.of()),
                        Collections.nCopies(tooMany, item)));
            }
            case "object" -> values.addAll(List.of("str", List.of(), 1, Map.of("unknown", 1)));
            default -> throw new NoGenerator("no hostile JSON for " + schema);
        }
        return values;
    }

    /** Any code points at all, unpaired surrogates and controls included: the random part of hostile text. */
    static Gen<String> junk() {
        return strings().allPossible().ofLengthBetween(0, 12);
    }
}
