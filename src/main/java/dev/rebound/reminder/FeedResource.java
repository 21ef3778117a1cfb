package dev.rebound.reminder;

import dev.rebound.api.model.Reminder;
import dev.rebound.http.StreamedAnswers;
import dev.rebound.problem.Problem;
import dev.rebound.problem.ProblemException;
import dev.rebound.problem.ProblemResponses;
import dev.rebound.problem.ProblemType;
import dev.rebound.vocabulary.MessageLocale;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The iCalendar feed a person subscribes to in a calendar app. Calendar apps cannot send bearer tokens,
 * so this lives outside /v1 and the long random token in the path is the credential.
 */
@Path("/feeds")
public class FeedResource {

    static final String TEXT_CALENDAR = "text/calendar";
    /** Events are read and written this many at a time, so a long feed never sits in memory whole. */
    static final int BATCH_SIZE = 500;

    private final CalendarFeedService feeds;
    private final ReminderReads reminders;
    private final StepTexts texts;
    private final FeedMisses misses;
    private final Clock clock;

    public FeedResource(
            CalendarFeedService feeds, ReminderReads reminders, StepTexts texts, FeedMisses misses, Clock clock) {
        this.feeds = feeds;
        this.misses = misses;
        this.reminders = reminders;
        this.texts = texts;
        this.clock = clock;
    }

    @GET
    @Path("{token: [^/]+}.ics")
    @Produces(TEXT_CALENDAR)
    public Response feed(
            @PathParam("token") String token,
            @Context HttpServerRequest request,
            @Context HttpServerResponse response) {
        CalendarFeedEntity feed = feeds.byToken(token).orElse(null);
        if (feed == null) {
            long wait = misses.miss(
                    request.remoteAddress() == null
                            ? "unknown"
                            : request.remoteAddress().hostAddress());
            if (wait > 0) {
                return ProblemResponses.builder(Problem.of(
                                ProblemType.TOO_MANY_REQUESTS,
                                "Too many addresses that"
                                        + " match no feed came from here in the last minute. Retry in " + wait + " s."))
                        .header(HttpHeaders.RETRY_AFTER, Long.toString(wait))
                        .build();
            }
            throw ProblemException.notFound("No calendar feed has this address. It may have been replaced or revoked.");
        }
        MessageLocale locale = MessageLocale.forTag(feed.locale).orElse(MessageLocale.EN);
        // Read before answering, so that a database that is down is a 503, not a 200 cut short.
        List<Reminder> first = reminders.batch(feed.ownerId, null, BATCH_SIZE);
        StreamingOutput body = output -> StreamedAnswers.abortOnFailure(response, () -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            write(new ICalendarWriter(writer), feed.ownerId, first, locale);
            writer.flush();
        });
        return Response.ok(body, TEXT_CALENDAR + "; charset=utf-8")
                // Calendar apps poll; a few minutes of caching spares the database without hiding changes long.
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=300")
                .build();
    }

    private void write(ICalendarWriter calendar, String ownerId, List<Reminder> first, MessageLocale locale)
            throws java.io.IOException {
        Instant stamp = clock.instant();
        calendar.begin("Rebound", texts.calendarDescription(locale));
        List<Reminder> batch = first;
        while (true) {
            for (Reminder step : batch) {
                calendar.event(new ICalendarWriter.AllDayEvent(
                        step.getId() + "-" + step.getAction() + "@rebound.dev",
                        step.getRemindOn(),
                        texts.summary(step.getAction(), step.getRole(), step.getCompany(), locale),
                        texts.description(step.getAction(), step.getRole(), step.getCompany(), locale),
                        stamp,
                        0));
            }
            if (batch.size() < BATCH_SIZE) {
                break;
            }
            Reminder after = batch.get(batch.size() - 1);
            batch = QuarkusTransaction.requiringNew().call(() -> reminders.batch(ownerId, after, BATCH_SIZE));
        }
        calendar.end();
    }
}
