package com.gridwork.dev.bench;

import com.gridwork.dev.generate.RegistryGenerator;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outbox replay of `make bench` (issue 17): a phone's outbox of {@code items} new issues sent over a flaky
 * connection, simulated in the client: a send may be dropped before it reaches the server, its answer may be lost after
 * the server wrote the issue, or it goes out two or three times at once. Each item is resent with its Idempotency-Key
 * until it has a final answer (201, first or replayed); then JDBC counts each item's issues, which must be exactly one.
 *
 * <pre>
 *   outboxprepare JDBC OUTDIR   (for BENCH_ONLY=outbox) migrate; a small sub-district (OUTBOX: one community, one
 *                               grid) and its grid worker when absent; signed tokens; OUTDIR/outbox.env
 *   outbox URL JDBC ENV ITEMS OUT.md
 *                               the replay against the backend at URL as the grid worker of ENV (GRID_ID,
 *                               TOKEN_GRIDWORKER: fixture.env or outbox.env); its result appended to OUT.md
 * </pre>
 */
final class OutboxReplay {
    static final String DISTRICT_CODE = "OUTBOX";
    static final double DROP = 0.20;
    static final double LOST_ANSWER = 0.20;
    static final double DUPLICATE = 0.15;
    static final int WORKERS = 16;
    private static final Pattern ISSUE_ID = Pattern.compile("\"issue\"\\s*:\\s*\\{\\s*\"id\"\\s*:\\s*(\\d+)");

    private OutboxReplay() {}

    /** Migrates and makes the small fixture (generated only when absent), tokens and outbox.env. */
    static void prepare(String jdbc, Path out) throws Exception {
        Files.createDirectories(out);
        Bench.migrate(jdbc);
        Map<String, String> env = new LinkedHashMap<>();
        try (Connection c = Bench.connect(jdbc)) {
            c.setAutoCommit(false);
            Long district =
                    Bench.scalar(c, "SELECT id FROM area WHERE level = 'SUB_DISTRICT' AND code = ?", DISTRICT_CODE);
            long grid;
            if (district == null) {
                RegistryGenerator.District d =
                        RegistryGenerator.createDistrict(c, DISTRICT_CODE, "离线街道（基准）", 1, 1, 17L);
                grid = d.gridIds().get(0);
            } else {
                grid = Bench.scalar(
                        c, "SELECT MIN(id) FROM area WHERE level = 'GRID' AND path LIKE ?", "/" + district + "/%");
            }
            Bench.staff(c, "bench-gridworker", "基准网格员", "grid-worker", grid);
            c.commit();
            env.put("GRID_ID", Long.toString(grid));
        }
        Bench.tokens(out, env);
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("outbox.env")))) {
            env.forEach((k, v) -> w.println(k + "='" + v + "'"));
        }
    }

    /** What happened to the items on their way, counted over all of them. */
    static final class Tally {
        final AtomicLong attempts = new AtomicLong();
        final AtomicLong dropped = new AtomicLong();
        final AtomicLong lostAnswers = new AtomicLong();
        final AtomicLong duplicates = new AtomicLong();
        final AtomicLong replayed = new AtomicLong();
        final AtomicLong inFlight = new AtomicLong();
        final AtomicLong refused = new AtomicLong();
        final AtomicLong serverErrors = new AtomicLong();
    }

    /** The replay, as the grid worker of {@code env} (GRID_ID, TOKEN_GRIDWORKER: fixture.env or outbox.env). */
    static void run(URI base, String jdbc, Map<String, String> env, int items, Path markdown) throws Exception {
        long grid = Long.parseLong(env.get("GRID_ID"));
        String token = env.get("TOKEN_GRIDWORKER");
        long category;
        try (Connection c = Bench.connect(jdbc)) {
            category =
                    Bench.scalar(c, "SELECT id FROM issue_category WHERE code = 'WATER' AND sub_district_id IS NULL");
        }
        String run = UUID.randomUUID().toString().substring(0, 8);
        HttpClient client = Load.httpClient();
        Tally tally = new Tally();
        Map<Integer, Long> answeredIds = new ConcurrentHashMap<>();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < items; i++) {
                int item = i;
                String body = issue(category, grid, description(run, item));
                done.add(pool.submit(() -> {
                    answeredIds.put(item, deliver(client, base, token, body, tally));
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        // Each item's issues, as the database has them.
        Map<String, List<Long>> found = new HashMap<>();
        try (Connection c = Bench.connect(jdbc);
                PreparedStatement s =
                        c.prepareStatement("SELECT description, id FROM issue WHERE description LIKE ?")) {
            s.setString(1, "outbox " + run + " %");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(rs.getLong(2));
                }
            }
        }
        int exactlyOnce = 0;
        int missing = 0;
        int doubled = 0;
        int answerMatches = 0;
        for (int i = 0; i < items; i++) {
            List<Long> ids = found.getOrDefault(description(run, i), List.of());
            if (ids.isEmpty()) {
                missing++;
            } else if (ids.size() > 1) {
                doubled++;
            } else {
                exactlyOnce++;
                if (ids.get(0).equals(answeredIds.get(i))) {
                    answerMatches++;
                }
            }
        }
        long records = found.values().stream().mapToLong(List::size).sum();
        boolean met = exactlyOnce == items && answerMatches == items && tally.refused.get() == 0;
        String section = String.join(
                "\n",
                "",
                "## Outbox replay (issue 17)",
                "",
                String.format(
                        Locale.ROOT,
                        "%d outbox items (new issues, one Idempotency-Key each) from %d senders over a simulated flaky"
                                + " connection: each send dropped before the server with p = %.2f, its answer lost after"
                                + " the server with p = %.2f, sent two or three times at once with p = %.2f; resent until"
                                + " a final answer.",
                        items,
                        WORKERS,
                        DROP,
                        LOST_ANSWER,
                        DUPLICATE),
                "",
                "| items | attempts | dropped before the server | answers lost | parallel duplicates | replayed answers"
                        + " | 409 in flight | 422 | 5xx | records found | exactly once | answer names the record | time"
                        + " | result |",
                "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
                String.format(
                        Locale.ROOT,
                        "| %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %.1f s | %s |",
                        items,
                        tally.attempts.get(),
                        tally.dropped.get(),
                        tally.lostAnswers.get(),
                        tally.duplicates.get(),
                        tally.replayed.get(),
                        tally.inFlight.get(),
                        tally.refused.get(),
                        tally.serverErrors.get(),
                        records,
                        exactlyOnce,
                        answerMatches,
                        seconds,
                        met
                                ? "met (each record exactly once)"
                                : "MISSED: " + missing + " missing, " + doubled + " twice"),
                "");
        Files.writeString(markdown, section, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.out.print(section);
        if (!met) {
            throw new IllegalStateException("outbox replay: not every item exactly once");
        }
    }

    static String description(String run, int item) {
        return "outbox " + run + " " + item;
    }

    private static String issue(long category, long grid, String description) {
        return "{\"categoryId\":" + category + ",\"description\":\"" + description + "\",\"urgency\":\"NORMAL\","
                + "\"channel\":\"OFFICE\",\"location\":{\"areaId\":" + grid + "},"
                + "\"reporter\":{\"name\":\"王大爷\",\"phone\":\"13812345678\"}}";
    }

    /** Sends one item until it gets a final answer; returns the id of the issue the answer names. */
    static long deliver(HttpClient client, URI base, String token, String body, Tally tally) throws Exception {
        String key = UUID.randomUUID().toString();
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/issues"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int round = 1; ; round++) {
            if (round > 200) {
                throw new IllegalStateException("no final answer after 200 rounds for key " + key);
            }
            tally.attempts.incrementAndGet();
            if (random.nextDouble() < DROP) {
                tally.dropped.incrementAndGet(); // never left the phone
                backOff(round);
                continue;
            }
            int copies = random.nextDouble() < DUPLICATE ? 2 + random.nextInt(2) : 1;
            tally.duplicates.addAndGet(copies - 1);
            List<CompletableFuture<HttpResponse<String>>> sends = new ArrayList<>();
            for (int i = 0; i < copies; i++) {
                sends.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
            }
            Long id = null;
            for (CompletableFuture<HttpResponse<String>> send : sends) {
                HttpResponse<String> answer = send.get();
                if (random.nextDouble() < LOST_ANSWER) {
                    tally.lostAnswers.incrementAndGet(); // the server answered; the phone never heard it
                    continue;
                }
                int status = answer.statusCode();
                if (status == 201) {
                    if ("true"
                            .equals(answer.headers()
                                    .firstValue("Idempotency-Replayed")
                                    .orElse(null))) {
                        tally.replayed.incrementAndGet();
                    }
                    Matcher m = ISSUE_ID.matcher(answer.body());
                    if (!m.find()) {
                        throw new IllegalStateException("no issue id in " + answer.body());
                    }
                    long answered = Long.parseLong(m.group(1));
                    if (id != null && id != answered) {
                        throw new IllegalStateException("two answers name two issues: " + id + ", " + answered);
                    }
                    id = answered;
                } else if (status == 409) {
                    tally.inFlight.incrementAndGet();
                } else if (status == 422) {
                    tally.refused.incrementAndGet();
                } else if (status >= 500) {
                    tally.serverErrors.incrementAndGet();
                } else {
                    throw new IllegalStateException("HTTP " + status + ": " + answer.body());
                }
            }
            if (id != null) {
                return id;
            }
            backOff(round);
        }
    }

    private static void backOff(int round) throws InterruptedException {
        Thread.sleep(Math.min(200, 5L * round));
    }

    static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "outboxprepare" -> prepare(args[1], Path.of(args[2]));
            case "outbox" ->
                run(
                        URI.create(args[1]),
                        args[2],
                        Ceiling.fixture(Path.of(args[3])),
                        Integer.parseInt(args[4]),
                        Path.of(args[5]));
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }
}
