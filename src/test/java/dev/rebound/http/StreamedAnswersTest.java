package dev.rebound.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpServerResponse;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StreamedAnswersTest {

    private final List<String> calls = new ArrayList<>();
    /** A response whose connection is open; only the calls that act on it are recorded. */
    private final HttpServerResponse response = (HttpServerResponse) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {HttpServerResponse.class}, (proxy, method, args) -> {
                if (method.getName().equals("closed")) {
                    return false;
                }
                calls.add(method.getName());
                return method.getReturnType() == boolean.class ? Boolean.TRUE : null;
            });

    private final List<LogRecord> errors = new ArrayList<>();
    private final Handler errorHandler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(record);
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void captureErrors() {
        Logger.getLogger(StreamedAnswers.class.getName()).addHandler(errorHandler);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger(StreamedAnswers.class.getName()).removeHandler(errorHandler);
    }

    @Test
    void aBodyWrittenInFullLeavesTheConnectionAlone() throws IOException {
        List<String> written = new ArrayList<>();
        StreamedAnswers.abortOnFailure(response, () -> written.add("all of it"));
        assertThat(written).containsExactly("all of it");
        assertThat(calls).isEmpty();
    }

    @Test
    void aFailurePartWayResetsTheConnectionAndIsRethrown() {
        IllegalStateException failure = new IllegalStateException("database went away");
        assertThatThrownBy(() -> StreamedAnswers.abortOnFailure(response, () -> {
                    throw failure;
                }))
                .isSameAs(failure);
        assertThat(calls).containsExactly("reset");
        assertThat(errors).as("a fault of ours is an error").hasSize(1);
    }

    @Test
    void aClientThatWentAwayIsNoError() {
        IOException failure = new IOException(new HttpClosedException("Connection was closed"));
        assertThatThrownBy(() -> StreamedAnswers.abortOnFailure(response, () -> {
                    throw failure;
                }))
                .isSameAs(failure);
        assertThat(calls).containsExactly("reset");
        assertThat(errors).isEmpty();
    }

    @Test
    void anIoFailureResetsTheConnectionToo() {
        IOException failure = new IOException("No space left on device");
        assertThatThrownBy(() -> StreamedAnswers.abortOnFailure(response, () -> {
                    throw failure;
                }))
                .isSameAs(failure);
        assertThat(calls).containsExactly("reset");
    }
}
