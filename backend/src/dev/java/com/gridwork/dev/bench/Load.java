package com.gridwork.dev.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The one load generator of {@code make bench}, for the endpoint (HTTP) and its ceiling (JDBC) alike.
 *
 * <p>Closed loop: CONCURRENCY workers, each sending its next request when the previous one has answered; gives the
 * maximum throughput. Open loop: requests whose start times are fixed in advance (one every 1/RATE s), sent whether
 * or not earlier ones have answered, and each latency measured from that intended start to the complete answer, so
 * time spent queueing (in the server, the pool, or the generator itself) counts. A request the generator hands to
 * the target later than {@link #LATE_NANOS} after its intended start is counted as late: many late sends mean the
 * generator, not the system under test, was short of time (the latencies include the delay either way).
 */
final class Load {
    /** A send this long after its intended start counts as late. */
    static final long LATE_NANOS = 1_000_000L;
    /** How long an open run waits for the answers still outstanding after its last send; later ones count as errors. */
    static final Duration DRAIN = Duration.ofSeconds(60);

    /** The system under test, as the generator drives it. */
    interface Target {
        /** One request, answered on the calling thread; throws on an error (closed loop). */
        void call() throws Exception;

        /** One request, without blocking the caller: completes with the complete answer, exceptionally on an error (open loop). */
        CompletableFuture<?> send();
    }

    /**
     * What a run measured: CONCURRENCY workers of a closed loop (0 in an open one), RATE of an open loop (0 in a closed
     * one), requests SENT, answered (REQUESTS) and failed, LATE sends; latencies in milliseconds (open loop: from the
     * intended start); RPS = answered requests per second until the last answer.
     */
    record Result(
            String mode,
            int concurrency,
            double rate,
            long sent,
            long requests,
            long errors,
            long late,
            double maxLagMillis,
            int maxInFlight,
            double seconds,
            double rps,
            double p50,
            double p99) {
        String json(String name, String side) {
            return String.format(
                    Locale.ROOT,
                    "{\"name\":\"%s\",\"side\":\"%s\",\"mode\":\"%s\",\"concurrency\":%d,\"rate\":%.2f,"
                            + "\"sent\":%d,\"requests\":%d,\"errors\":%d,\"late\":%d,\"maxLagMs\":%.3f,\"maxInFlight\":%d,"
                            + "\"seconds\":%.3f,\"rps\":%.2f,\"p50\":%s,\"p99\":%s}%n",
                    name,
                    side,
                    mode,
                    concurrency,
                    rate,
                    sent,
                    requests,
                    errors,
                    late,
                    maxLagMillis,
                    maxInFlight,
                    seconds,
                    rps,
                    millis(p50),
                    millis(p99));
        }

        /** No answer, no percentile: null rather than JSON's invalid NaN. */
        private static String millis(double value) {
            return Double.isNaN(value) ? "null" : String.format(Locale.ROOT, "%.3f", value);
        }
    }

    private Load() {}

    /** CONCURRENCY workers back to back for SECONDS; a request's latency runs from its own start. */
    static Result closed(Target target, int concurrency, double seconds) throws InterruptedException {
        Latencies latencies = new Latencies();
        AtomicLong errors = new AtomicLong();
        long started = System.nanoTime();
        long deadline = started + (long) (seconds * 1e9);
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        for (int i = 0; i < concurrency; i++) {
            workers.submit(() -> {
                while (System.nanoTime() < deadline) {
                    long t0 = System.nanoTime();
                    try {
                        target.call();
                        latencies.add(System.nanoTime() - t0);
                    } catch (Exception e) {
                        error(errors, e);
                    }
                }
            });
        }
        workers.shutdown();
        if (!workers.awaitTermination((long) seconds + DRAIN.toSeconds(), TimeUnit.SECONDS)) {
            workers.shutdownNow();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        long n = latencies.size();
        return new Result(
                "closed",
                concurrency,
                0,
                n + errors.get(),
                n,
                errors.get(),
                0,
                0,
                concurrency,
                elapsed,
                n / elapsed,
                latencies.percentileMillis(50),
                latencies.percentileMillis(99));
    }

    /**
     * Open loop: request k is due at start + k/RATE s for every k with a due time inside SECONDS; each is sent at its
     * due time (never held back for an earlier answer) and its latency is its completion minus its due time.
     */
    static Result open(Target target, double rate, double seconds) throws InterruptedException {
        Latencies latencies = new Latencies();
        AtomicLong errors = new AtomicLong();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        long late = 0;
        long maxLag = 0;
        long interval = (long) (1e9 / rate);
        long started = System.nanoTime();
        long deadline = started + (long) (seconds * 1e9);
        List<CompletableFuture<?>> answers = new ArrayList<>();
        AtomicLong lastAnswer = new AtomicLong(started);
        for (long k = 0; ; k++) {
            long intended = started + k * interval;
            if (intended >= deadline) {
                break;
            }
            for (long wait = intended - System.nanoTime(); wait > 0; wait = intended - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            long lag = System.nanoTime() - intended;
            maxLag = Math.max(maxLag, lag);
            if (lag > LATE_NANOS) {
                late++;
            }
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            CompletableFuture<?> answer;
            try {
                answer = target.send();
            } catch (RuntimeException e) {
                answer = CompletableFuture.failedFuture(e);
            }
            answers.add(answer.whenComplete((ok, failure) -> {
                        long done = System.nanoTime();
                        inFlight.decrementAndGet();
                        lastAnswer.accumulateAndGet(done, Math::max);
                        if (failure == null) {
                            latencies.add(done - intended);
                        } else {
                            error(errors, failure);
                        }
                    })
                    .exceptionally(failure -> null));
        }
        try {
            CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(DRAIN.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
            // counted below: whatever has not answered by now is an error
        }
        long answered = latencies.size();
        long failed = answers.size() - answered;
        double elapsed = (Math.max(lastAnswer.get(), deadline) - started) / 1e9;
        return new Result(
                "open",
                0,
                rate,
                answers.size(),
                answered,
                failed,
                late,
                maxLag / 1e6,
                maxInFlight.get(),
                elapsed,
                answered / elapsed,
                latencies.percentileMillis(50),
                latencies.percentileMillis(99));
    }

    private static void error(AtomicLong errors, Throwable e) {
        if (errors.incrementAndGet() <= 3) {
            System.err.println("[bench] request failed: " + e);
        }
    }

    /** GET URI with an Authorization header; any answer but 2xx is an error; the body is read to its end and dropped. */
    static Target http(HttpClient client, URI uri, String authorization) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Authorization", authorization)
                .timeout(DRAIN)
                .GET()
                .build();
        return new Target() {
            @Override
            public void call() throws Exception {
                check(client.send(request, HttpResponse.BodyHandlers.discarding()));
            }

            @Override
            public CompletableFuture<?> send() {
                return client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                        .thenApply(Load::check);
            }
        };
    }

    /**
     * HTTP/1.1 (no h2c upgrade: what browsers speak to the server without TLS); the client opens another connection
     * whenever every open one is busy, so an open run is never held back by a fixed set of connections.
     */
    static HttpClient httpClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    private static <T> HttpResponse<T> check(HttpResponse<T> response) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("HTTP " + response.statusCode() + " from " + response.uri());
        }
        return response;
    }

    /** Nanosecond samples; nearest-rank percentiles. */
    static final class Latencies {
        private long[] values = new long[1 << 16];
        private int size;

        synchronized void add(long nanos) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = nanos;
        }

        synchronized double percentileMillis(double p) {
            if (size == 0) {
                return Double.NaN;
            }
            long[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            int index = (int) Math.min(size - 1, Math.max(0, Math.ceil(p / 100.0 * size) - 1));
            return sorted[index] / 1e6;
        }

        synchronized int size() {
            return size;
        }
    }
}
