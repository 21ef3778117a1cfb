package dev.rebound.problem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rebound.support.Samples;
import dev.rebound.support.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A body sent without Content-Length is held to 256 KiB as it arrives: the 413 comes while the client is still
 * sending, and a body within the limit is served as if its length had been declared.
 */
@QuarkusTest
class StreamedBodiesTest {

    private static final int CHUNK = 16 * 1024;

    @TestHTTPResource("/")
    URL service;

    private final String owner = TestTokens.newOwner();

    @Test
    void aChunkedBodyPastTheLimitIsRefusedBeforeItEnds() throws IOException {
        try (Socket socket = open()) {
            OutputStream out = socket.getOutputStream();
            // A client that would keep the connection: the service closes it after the 413 all the same.
            out.write(head("POST", "/v1/rejections")
                    .replace("Connection: close\r\n", "")
                    .getBytes(StandardCharsets.US_ASCII));
            String padding = "{\"company\":\"Acme\",\"role\":\"Engineer\",\"notes\":\"" + "x".repeat(CHUNK);
            writeChunk(out, padding);
            for (int sent = padding.length(); sent <= HttpProblemFilters.MAX_BODY_BYTES; sent += CHUNK) {
                writeChunk(out, "y".repeat(CHUNK));
            }
            // The body has not ended (no last chunk): the answer must come anyway, and then the close.
            String response = readResponse(socket);
            assertThat(response).startsWith("HTTP/1.1 413 ");
            assertThat(response).containsIgnoringCase("content-type: application/problem+json");
            assertThat(response).containsIgnoringCase("connection: close");
            assertThat(response).contains("/payload-too-large").contains("256 KiB");
        }
    }

    @Test
    void aChunkedBodyWithinTheLimitIsServed() throws IOException {
        String response = sendWhole(
                "{\"company\":\"Acme\",\"role\":\"Engineer\",",
                "\"stageReached\":\"SCREENING\",\"notifiedVia\":\"EMAIL\",\"rejectedOn\":\"" + Samples.todayUtc()
                        + "\",\"notes\":\"" + "n".repeat(2000) + "\"}");
        assertThat(response).startsWith("HTTP/1.1 201 ");
        assertThat(response).contains("\"company\":\"Acme\"");
    }

    @Test
    void aChunkedBodyOfABadShapeGetsTheUsualProblem() throws IOException {
        String response = sendWhole("{\"company\":");
        assertThat(response).startsWith("HTTP/1.1 400 ");
        assertThat(response).contains("/malformed-body");
    }

    /** A create whose body comes in these chunks and then ends; answers the whole response. */
    private String sendWhole(String... chunks) throws IOException {
        try (Socket socket = open()) {
            OutputStream out = socket.getOutputStream();
            out.write(head("POST", "/v1/rejections").getBytes(StandardCharsets.US_ASCII));
            for (String chunk : chunks) {
                writeChunk(out, chunk);
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return readResponse(socket);
        }
    }

    private Socket open() throws IOException {
        Socket socket = new Socket(service.getHost(), service.getPort());
        socket.setSoTimeout(10_000);
        return socket;
    }

    private String head(String method, String path) {
        return method + " " + path + " HTTP/1.1\r\n"
                + "Host: " + service.getHost() + ":" + service.getPort() + "\r\n"
                + "Authorization: Bearer " + TestTokens.tokenFor(owner) + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n"
                + "Connection: close\r\n"
                + "\r\n";
    }

    private static void writeChunk(OutputStream out, String data) throws IOException {
        byte[] bytes = data.getBytes(StandardCharsets.UTF_8);
        out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** Everything the service sends until it closes the connection (each request asks it to). */
    private static String readResponse(Socket socket) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[8192];
        for (int read; (read = in.read(buffer)) != -1; ) {
            received.write(buffer, 0, read);
        }
        return received.toString(StandardCharsets.UTF_8);
    }
}
