package dev.rebound.db.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/** Runs where PostgreSQL can: as a normal user (.ci/jdk-only.sh), not as root. */
@DisabledIfSystemProperty(named = "user.name", matches = "root", disabledReason = "PostgreSQL refuses to run as root")
class LocalPostgresTest {

    @TempDir
    Path data;

    @Test
    void keepsItsRecordsFromOneStartToTheNext() throws SQLException {
        try (LocalPostgres server = LocalPostgres.start(data, false)) {
            execute(server, "CREATE TABLE kept (note text)", "INSERT INTO kept VALUES ('from yesterday')");
        }
        try (LocalPostgres server = LocalPostgres.start(data, false)) {
            assertThat(firstValue(server, "SELECT note FROM kept")).isEqualTo("from yesterday");
        }
    }

    @Test
    void stopsAServerThatAKilledRunLeftBehind() throws Exception {
        LocalPostgres.start(data, false).close(); // a cluster to leave a server on
        ProcessHandle orphan = startWithoutOwner(data);
        assertThat(orphan.isAlive()).isTrue();

        try (LocalPostgres server = LocalPostgres.start(data, false)) {
            assertThat(orphan.isAlive()).isFalse();
            assertThat(firstValue(server, "SELECT 'answers'")).isEqualTo("answers");
        }
    }

    @Test
    void startsOverAPidFileThatACrashLeft() throws Exception {
        LocalPostgres.start(data, false).close();
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.writeString(data.resolve("postmaster.pid"), gone.pid() + "\n" + data + "\n");

        try (LocalPostgres server = LocalPostgres.start(data, false)) {
            assertThat(firstValue(server, "SELECT 'answers'")).isEqualTo("answers");
        }
    }

    /** What a dev mode killed with SIGKILL leaves: a postmaster that no JVM holds a lock for. */
    private static ProcessHandle startWithoutOwner(Path data) throws IOException, InterruptedException {
        Path pgCtl;
        try (Stream<Path> files = Files.find(
                LocalPostgres.binariesDirectory(),
                3,
                (path, attributes) -> path.getFileName().toString().equals("pg_ctl"))) {
            pgCtl = files.findFirst().orElseThrow();
        }
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Process start = new ProcessBuilder(
                        pgCtl.toString(),
                        "-D",
                        data.toString(),
                        "-l",
                        data.resolve("orphan.log").toString(),
                        "-o",
                        "-p " + port,
                        "-w",
                        "start")
                .redirectErrorStream(true)
                .start();
        assertThat(start.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(start.exitValue())
                .as(new String(start.getInputStream().readAllBytes()))
                .isZero();
        List<String> pidFile = Files.readAllLines(data.resolve("postmaster.pid"));
        return ProcessHandle.of(Long.parseLong(pidFile.get(0).trim())).orElseThrow();
    }

    private static void execute(LocalPostgres server, String... statements) throws SQLException {
        try (Connection connection = connect(server);
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static String firstValue(LocalPostgres server, String query) throws SQLException {
        try (Connection connection = connect(server);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static Connection connect(LocalPostgres server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl("postgres"), LocalPostgres.USER, "");
    }
}
