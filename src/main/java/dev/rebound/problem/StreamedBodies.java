package dev.rebound.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Holds a body sent without Content-Length (chunked) to the {@value HttpProblemFilters#MAX_BODY_BYTES} bytes any
 * operation takes, counting as the chunks arrive. Left to Quarkus, such a body would be read up to
 * quarkus.http.limits.max-body-size (8 MB, so that declared lengths get a problem from
 * {@link HttpProblemFilters}) and then refused with an empty 413. Here the 413 is a problem, sent as soon as the
 * limit is passed; what the client still sends is discarded unread, up to {@link #DISCARDED_BYTES} or for
 * {@link #DISCARD_MILLIS}, and then the connection closes. A body within the limit is handed to Quarkus REST whole ({@link #take}).
 */
@Singleton
public class StreamedBodies {

    /**
     * How much of a refused body is read and dropped, and for how long, before the connection closes: closing
     * on unread data would reset it, and the client could lose the 413 before reading it.
     */
    static final int DISCARDED_BYTES = 1024 * 1024;
    static final long DISCARD_MILLIS = 1000;
    private static final String BODY = StreamedBodies.class.getName() + ".body";

    private final ObjectMapper mapper;

    public StreamedBodies(ObjectMapper mapper) {
        this.mapper = mapper;
    }

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
        if (request.isEnded() || request.headers().contains(HttpHeaders.CONTENT_LENGTH)
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

        Reader(RoutingContext context) {
            this.context = context;
            this.request = context.request();
        }

        void start() {
            request.handler(this::chunk);
            request.endHandler(ignored -> ended());
            if (request.headers().contains(HttpHeaders.EXPECT, HttpHeaders.CONTINUE, true)) {
                context.response().writeContinue();
            }
            request.resume();
        }

        private void chunk(Buffer chunk) {
            if (refused) {
                discarded += chunk.length();
                if (discarded > DISCARDED_BYTES) {
                    request.connection().close();
                }
            } else if (body.length() + chunk.length() > HttpProblemFilters.MAX_BODY_BYTES) {
                refused = true;
                context.response().putHeader(HttpHeaders.CONNECTION, "close");
                RouteProblems.end(context, mapper,
                        Problem.of(ProblemType.PAYLOAD_TOO_LARGE, HttpProblemFilters.TOO_LARGE_DETAIL));
                context.vertx().setTimer(DISCARD_MILLIS, ignored -> request.connection().close());
            } else {
                body.appendBuffer(chunk);
            }
        }

        private void ended() {
            if (refused) {
                request.connection().close();
            } else {
                context.put(BODY, body);
                context.next();
            }
        }
    }
}
