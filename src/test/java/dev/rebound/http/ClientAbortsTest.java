package dev.rebound.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.HttpClosedException;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import org.junit.jupiter.api.Test;

class ClientAbortsTest {

    @Test
    void aClosedOrResetConnectionIsTheClientGoingAway() {
        assertThat(ClientAborts.isCause(new IOException(new HttpClosedException("Connection was closed"))))
                .isTrue();
        assertThat(ClientAborts.isCause(new RuntimeException(new ClosedChannelException())))
                .isTrue();
        assertThat(ClientAborts.isCause(new IOException("Connection reset by peer")))
                .isTrue();
        assertThat(ClientAborts.isCause(new IOException("Broken pipe"))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(ClientAborts.isCause(new IllegalStateException("database went away")))
                .isFalse();
        assertThat(ClientAborts.isCause(new IOException("No space left on device")))
                .isFalse();
        assertThat(ClientAborts.isCause(new IOException((String) null))).isFalse();
    }
}
