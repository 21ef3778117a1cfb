package dev.rebound.http;

import io.vertx.core.http.HttpClosedException;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.util.Locale;

/**
 * Recognises a client that went away before its answer was written: it closed the connection mid-download,
 * or its connection was reset. That is the client's choice, not a fault of the service, so it is logged at
 * debug level rather than as an error with a stack trace.
 */
public final class ClientAborts {

    private ClientAborts() {}

    public static boolean isCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof HttpClosedException || cause instanceof ClosedChannelException) {
                return true;
            }
            if (cause instanceof IOException && cause.getMessage() != null) {
                String message = cause.getMessage().toLowerCase(Locale.ROOT);
                if (message.contains("connection reset by peer")
                        || message.contains("broken pipe")
                        || message.contains("connection was closed")) {
                    return true;
                }
            }
        }
        return false;
    }
}
