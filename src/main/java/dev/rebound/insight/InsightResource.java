package dev.rebound.insight;

import dev.rebound.api.model.Insights;
import dev.rebound.binding.LanguageParams;
import dev.rebound.problem.ProblemException;
import dev.rebound.security.CurrentOwner;
import dev.rebound.vocabulary.MessageLocale;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;

/** Patterns across the owner's rejections. */
@Path("/v1/insights")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@RequiredArgsConstructor
public class InsightResource {

    private final InsightService insights;
    private final Observations observations;
    private final CurrentOwner owner;

    @GET
    public Response insights(@Context UriInfo uri, @BeanParam LanguageParams language) {
        Map<String, List<String>> parameters = uri.getQueryParameters();
        MessageLocale locale;
        try {
            locale = language.resolve();
        } catch (ProblemException badLocale) {
            throw badLocale.withErrorsOf(() -> InsightQuery.parse(parameters));
        }
        Insights numbers = insights.compute(owner.id(), InsightQuery.parse(parameters));
        return Response.ok(observations.addTo(numbers, locale))
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.tag())
                .build();
    }
}
