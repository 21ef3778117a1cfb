package dev.rebound.http;

import io.vertx.core.http.HttpServerResponse;
import java.io.IOException;
import org.jboss.logging.Logger;

/** Streamed answers (export, calendar feed) that must not look complete when they are not. */
public final class StreamedAnswers {

    private static final Logger LOG = Logger.getLogger(StreamedAnswers.class);

    private StreamedAnswers() {}

    /**
     * Once the 200 and part of the body are out, a failure can no longer become a problem answer; the
     * connection is reset instead, so that the client sees a failed download rather than a short file.
     */
    public static void abortOnFailure(HttpServerResponse response, Body body) throws IOException {
        try {
            body.write();
        } catch (IOException | RuntimeException e) {
            if (ClientAborts.isCause(e) || response.closed()) {
                LOG.debugf("The client went away part-way through a streamed answer: %s", e);
            } else {
                LOG.errorf(e, "Streaming the answer failed part-way; resetting the connection");
            }
            response.reset();
            throw e;
        }
    }

    @FunctionalInterface
    public interface Body {
        void write() throws IOException;
    }
}
