package dev.rebound.security;

import dev.rebound.ratelimit.RequestBudget;
import io.quarkus.security.AuthenticationFailedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import lombok.RequiredArgsConstructor;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The person making the request, as the verified token says. The owner is the token's issuer and {@code sub}
 * ({@link Issuers#ownerOf}: the bare {@code sub} for the default issuer): {@code getName()} would prefer
 * {@code upn}, which an identity provider may reuse or change.
 */
@RequestScoped
@RequiredArgsConstructor
public class CurrentOwner {

    private final JsonWebToken token;
    private final Issuers issuers;
    private final RequestBudget budget;
    private final Clock clock;

    /** The owner, once the request has spent from the owner's budget (a 429 when there is none left). */
    public String id() {
        String owner = issuers.ownerOf(token.getIssuer(), token.getSubject())
                .orElseThrow(() -> new AuthenticationFailedException("The token has no usable subject"));
        budget.spend(owner);
        return owner;
    }

    /** The person's display name from the token's {@code name} claim, or {@code null}. */
    public String name() {
        return text(token.getClaim("name"));
    }

    /** Today in the owner's time zone (the {@code zoneinfo} claim), or in UTC when the token has none. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    /** The owner's time zone (the {@code zoneinfo} claim), or UTC when the token names none it knows. */
    public ZoneId zone() {
        String claim = text(token.getClaim("zoneinfo"));
        if (claim != null) {
            try {
                return ZoneId.of(claim);
            } catch (DateTimeException e) {
                // An unknown zone name falls back to UTC rather than failing the request.
            }
        }
        return ZoneOffset.UTC;
    }

    /** Custom claims may arrive as JSON values, whose text form would keep the quotes. */
    private static String text(Object claim) {
        if (claim instanceof JsonString json) {
            return json.getString();
        }
        return claim instanceof String string ? string : null;
    }
}
