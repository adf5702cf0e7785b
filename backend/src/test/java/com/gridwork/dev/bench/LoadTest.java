package com.gridwork.dev.bench;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/** The load generator against a local stub server that answers one request at a time after SERVICE_MS. */
class LoadTest {
    private static final int SERVICE_MS = 50;
    private static HttpServer server;
    private static ExecutorService serverThread;
    private static final HttpClient CLIENT = Load.httpClient();

    @BeforeAll
    static void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        server.createContext("/slow", exchange -> {
            try {
                Thread.sleep(SERVICE_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer(exchange, 200);
        });
        server.createContext("/fail", exchange -> answer(exchange, 500));
        // one thread: requests that arrive while it is busy queue in the server, as they would behind a busy backend
        serverThread = Executors.newSingleThreadExecutor();
        server.setExecutor(serverThread);
        server.start();
        // the client's first request loads its classes and connects: not part of any measurement below
        Load.closed(stub("/slow"), 1, 0.2);
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status) throws IOException {
        byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @AfterAll
    static void stop() {
        server.stop(0);
        serverThread.shutdownNow();
    }

    private static Load.Target stub(String path) {
        return Load.http(
                CLIENT, URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path), "Bearer t");
    }

    @Test
    void openLoopLatencyCountsTheQueueThatAClosedLoopHides() throws Exception {
        Load.Target slow = stub("/slow");
        // The server's capacity is 20 req/s. A closed loop sees only the service time: each request waits for the last.
        Load.Result closed = Load.closed(slow, 1, 1);
        assertThat(closed.errors()).isZero();
        assertThat(closed.p99()).isBetween(SERVICE_MS * 1.0, SERVICE_MS * 4.0);
        // Offered 40 req/s for 1 s: request k is due at 25k ms, answered at about 50(k+1) ms, so it waits 25k ms
        // more than its service time; the last ones are about a second late. A rate-limited closed loop would
        // still report about 50 ms (it would not send request k before request k-1 has answered).
        Load.Result open = Load.open(slow, 40, 1);
        assertThat(open.sent()).isEqualTo(40);
        assertThat(open.requests()).isEqualTo(40);
        assertThat(open.errors()).isZero();
        assertThat(open.p50()).isGreaterThan(350);
        assertThat(open.p99()).isGreaterThan(800);
        // every request was sent on time: the queue was the server's, and in flight together
        assertThat(open.maxInFlight()).isGreaterThan(20);
        assertThat(open.rps()).isBetween(15.0, 25.0);
    }

    @Test
    void belowCapacityTheLatencyIsTheServiceTime() throws Exception {
        Load.Target slow = stub("/slow");
        Load.Result open = Load.open(slow, 8, 1);
        assertThat(open.requests()).isEqualTo(8);
        assertThat(open.p50()).isBetween(SERVICE_MS * 1.0, SERVICE_MS * 2.5);
        assertThat(open.rate()).isEqualTo(8);
    }

    /** A client that sends on the caller's thread (one fixed connection) delays the schedule: counted late, delay included. */
    @Test
    void aClientThatHoldsUpTheScheduleIsCountedLateAndTheDelayCounts() throws Exception {
        Load.Target blocking = new Load.Target() {
            @Override
            public void call() throws Exception {
                Thread.sleep(SERVICE_MS);
            }

            @Override
            public CompletableFuture<?> send() {
                try {
                    call();
                } catch (Exception e) {
                    return CompletableFuture.failedFuture(e);
                }
                return CompletableFuture.completedFuture(null);
            }
        };
        // due every 25 ms, each send takes 50 ms: request k goes out 25k ms late
        Load.Result open = Load.open(blocking, 40, 1);
        assertThat(open.sent()).isEqualTo(40);
        assertThat(open.late()).isGreaterThanOrEqualTo(38);
        assertThat(open.maxLagMillis()).isGreaterThan(800);
        // measured from the actual send, every request would take 50 ms
        assertThat(open.p99()).isGreaterThan(800);
    }

    @Test
    void answersOtherThan2xxAreErrorsNotLatencies() throws Exception {
        Load.Target failing = stub("/fail");
        Load.Result closed = Load.closed(failing, 2, 0.3);
        assertThat(closed.requests()).isZero();
        assertThat(closed.errors()).isPositive();
        Load.Result open = Load.open(failing, 10, 0.5);
        assertThat(open.sent()).isEqualTo(5);
        assertThat(open.requests()).isZero();
        assertThat(open.errors()).isEqualTo(5);
        assertThat(open.json("x", "endpoint")).contains("\"p99\":null", "\"errors\":5");
    }

    @Test
    void percentilesAreNearestRank() {
        Load.Latencies latencies = new Load.Latencies();
        assertThat(latencies.percentileMillis(99)).isNaN();
        for (long ms : new long[] {10, 1, 9, 2, 8, 3, 7, 4, 6, 5}) {
            latencies.add(ms * 1_000_000);
        }
        assertThat(latencies.percentileMillis(50)).isEqualTo(5.0);
        assertThat(latencies.percentileMillis(99)).isEqualTo(10.0);
        assertThat(latencies.percentileMillis(90)).isEqualTo(9.0);
    }

    @Test
    void theOpenRateIsHalfTheMaximumToATenth() {
        assertThat(Bench.halfOf(123.45)).isEqualTo(61.7);
        assertThat(Bench.halfOf(0.1)).isEqualTo(0.2);
    }
}
