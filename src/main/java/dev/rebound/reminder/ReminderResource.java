package dev.rebound.reminder;

import dev.rebound.api.model.ReminderPage;
import dev.rebound.security.CurrentOwner;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;

/** Steps of the owner's plans that need attention soon, across all their rejections. */
@Path("/v1/reminders")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@RequiredArgsConstructor
public class ReminderResource {

    private final ReminderReads reminders;
    private final CurrentOwner owner;

    @GET
    public ReminderPage list(@Context UriInfo uri) {
        LocalDate today = owner.today();
        ReminderQuery query = ReminderQuery.parse(uri.getQueryParameters(), today);
        return reminders.list(owner.id(), query, today);
    }
}
