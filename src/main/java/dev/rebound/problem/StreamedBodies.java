package dev.rebound.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import lombok.RequiredArgsConstructor;

/**
 * Holds a body sent in chunks, without Content-Length, to the size its operation takes ({@value
 * HttpProblemFilters#MAX_BODY_BYTES} bytes, or {@value HttpProblemFilters#MAX_IMPORT_BYTES} for an import), counting
 * as it arrives. Left to Quarkus, such a body would be read up to quarkus.http.limits.max-body-size (16 MB, so that
 * declared lengths get a problem from {@link HttpProblemFilters}) and then refused with an empty 413. Here the 413 is
 * a problem, sent as soon as the limit is passed. What the client still sends is discarded unread, up to {@link
 * #DISCARDED_BYTES} or for {@link #DISCARD_MILLIS}, and then the connection closes. A body within the limit is handed
 * to Quarkus REST whole ({@link #take}); one that has not finished arriving in time ({@link #BODY_MILLIS}, {@link
 * #IMPORT_BODY_MILLIS} for an import) is dropped with its connection, so a client trickling bytes cannot hold a
 * request slot.
 *
 * <p>Only HTTP/1.1 is read here. Cleartext HTTP/2 (h2c) bodies have no Transfer-Encoding, and Vert.x refuses to
 * pause an HTTP/2 request already read, which Quarkus REST does: those stay under Quarkus's own 16 MB limit.
 */
@Singleton
@RequiredArgsConstructor
public class StreamedBodies {

    /**
     * How much of a refused body is read and dropped, and for how long, before the connection closes: closing
     * on unread data would reset it, and the client could lose the 413 before reading it.
     */
    static final int DISCARDED_BYTES = 1024 * 1024;

    static final long DISCARD_MILLIS = 1000;
    /** Time for a whole body to arrive: 256 KiB in 30 s is under 70 kbit/s, slower than any real client. */
    static final long BODY_MILLIS = 30_000;
    /** The same for an import's file: 10 MiB in 5 minutes is under 300 kbit/s. */
    static final long IMPORT_BODY_MILLIS = 300_000;

    private static final String BODY = StreamedBodies.class.getName() + ".body";

    private final ObjectMapper mapper;

    void register(@Observes Router router) {
        // After the request limits (-299) and load shedding (-298): a refused or shed request is not read.
        router.route().order(-297).handler(this::read);
    }

    /** The body this route read for the request, or {@code null} when Quarkus REST reads it itself. */
    static Buffer take(RoutingContext context) {
        return context == null ? null : context.remove(BODY);
    }

    private void read(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.isEnded()
                || request.headers().contains(HttpHeaders.CONTENT_LENGTH)
                || !request.headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
            context.next();
            return;
        }
        new Reader(context).start();
    }

    private final class Reader {
        private final RoutingContext context;
        private final HttpServerRequest request;
        private final Buffer body = Buffer.buffer();
        private long discarded;
        private boolean refused;
        private final int limit;
        private final long deadline;

        Reader(RoutingContext context) {
            this.context = context;
            this.request = context.request();
            this.limit = HttpProblemFilters.maxBodyBytes(context.normalizedPath());
            long allowedMillis = limit == HttpProblemFilters.MAX_IMPORT_BYTES ? IMPORT_BODY_MILLIS : BODY_MILLIS;
            this.deadline = context.vertx().setTimer(allowedMillis, ignored -> drop());
        }

        void start() {
            request.handler(this::chunk);
            request.endHandler(ignored -> ended());
            request.exceptionHandler(ignored -> context.vertx().cancelTimer(deadline));
            if (request.headers().contains(HttpHeaders.EXPECT, HttpHeaders.CONTINUE, true)) {
                context.response().writeContinue();
            }
            request.resume();
        }

        private void chunk(Buffer chunk) {
            if (refused) {
                discarded += chunk.length();
                if (discarded > DISCARDED_BYTES) {
                    drop();
                }
            } else if (body.length() + chunk.length() > limit) {
                refused = true;
                context.response().putHeader(HttpHeaders.CONNECTION, "close");
                RouteProblems.end(
                        context, mapper, HttpProblemFilters.tooLarge(limit).toProblem());
                context.vertx().cancelTimer(deadline);
                context.vertx().setTimer(DISCARD_MILLIS, ignored -> drop());
            } else {
                body.appendBuffer(chunk);
            }
        }

        private void ended() {
            context.vertx().cancelTimer(deadline);
            if (refused) {
                drop();
            } else {
                context.put(BODY, body);
                context.next();
            }
        }

        private void drop() {
            context.vertx().cancelTimer(deadline);
            request.connection().close();
        }
    }
}
