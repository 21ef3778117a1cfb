package dev.rebound.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.http.HttpServerResponse;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamsTest {

    private final List<String> calls = new ArrayList<>();
    private final HttpServerResponse response = (HttpServerResponse) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {HttpServerResponse.class}, (proxy, method, args) -> {
                calls.add(method.getName());
                return method.getReturnType() == boolean.class ? Boolean.TRUE : null;
            });

    @Test
    void aBodyWrittenInFullLeavesTheConnectionAlone() throws IOException {
        List<String> written = new ArrayList<>();
        Streams.abortOnFailure(response, () -> written.add("all of it"));
        assertThat(written).containsExactly("all of it");
        assertThat(calls).isEmpty();
    }

    @Test
    void aFailurePartWayResetsTheConnectionAndIsRethrown() {
        IllegalStateException failure = new IllegalStateException("database went away");
        assertThatThrownBy(() -> Streams.abortOnFailure(response, () -> {
            throw failure;
        })).isSameAs(failure);
        assertThat(calls).containsExactly("reset");
    }

    @Test
    void anIoFailureResetsTheConnectionToo() {
        IOException failure = new IOException("client went away");
        assertThatThrownBy(() -> Streams.abortOnFailure(response, () -> {
            throw failure;
        })).isSameAs(failure);
        assertThat(calls).containsExactly("reset");
    }
}
