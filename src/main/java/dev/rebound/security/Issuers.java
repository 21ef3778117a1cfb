package dev.rebound.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jose4j.json.JsonUtil;
import org.jose4j.lang.JoseException;

/**
 * The issuers Rebound trusts: the default one of the {@code mp.jwt.verify.*} settings, whose owners are the bare
 * {@code sub} as they always were, and the further ones of {@code rebound.auth.issuers.<name>}, whose owners are
 * kept under the issuer and the {@code sub}, so that the same {@code sub} from two issuers is two people.
 * Plain Java: unit tests drive it without Quarkus.
 */
public final class Issuers {

    /** The metrics label of the default issuer. */
    public static final String DEFAULT = "default";
    /** The metrics label of a token whose {@code iss} no configured issuer has. */
    public static final String UNKNOWN = "unknown";
    /** Between issuer and subject in an owner id; a subject holding it is refused (see {@link #ownerOf}). */
    static final char SEPARATOR = '\u001F';

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+");

    private final Optional<String> defaultIssuer;
    private final Map<String, String> nameByIssuer = new HashMap<>();
    private final List<String> all = new ArrayList<>();

    private Issuers(Optional<String> defaultIssuer, Map<String, AuthSettings.Issuer> further) {
        this.defaultIssuer = defaultIssuer;
        further.forEach((name, issuer) -> nameByIssuer.put(issuer.issuer(), name));
        defaultIssuer.ifPresent(all::add);
        new TreeMap<>(further).values().forEach(issuer -> all.add(issuer.issuer()));
    }

    /** Every trusted {@code iss}: the default issuer's first, then the further ones by name. */
    public List<String> all() {
        return List.copyOf(all);
    }

    /** The issuers of these settings, or why they cannot be used, one sentence per problem. */
    public static Issuers of(Optional<String> defaultIssuer, AuthSettings settings) {
        List<String> problems = problems(defaultIssuer, settings);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems));
        }
        return new Issuers(defaultIssuer, settings.issuers());
    }

    static List<String> problems(Optional<String> defaultIssuer, AuthSettings settings) {
        List<String> problems = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        defaultIssuer.ifPresent(issuer -> seen.put(issuer, "MP_JWT_VERIFY_ISSUER"));
        settings.issuers().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> {
                    String name = entry.getKey();
                    AuthSettings.Issuer issuer = entry.getValue();
                    if (!NAME.matcher(name).matches()) {
                        problems.add("rebound.auth.issuers." + name + ": the name may hold only a-z and 0-9.");
                    }
                    String other = seen.putIfAbsent(issuer.issuer(), "rebound.auth.issuers." + name);
                    if (other != null) {
                        problems.add("rebound.auth.issuers." + name + ".issuer repeats the issuer of " + other + " ("
                                + issuer.issuer() + ").");
                    }
                    if (issuer.audiences().map(java.util.Set::isEmpty).orElse(true) && !settings.allowAnyAudience()) {
                        problems.add("rebound.auth.issuers." + name + ".audiences is not set (or set"
                                + " rebound.auth.allow-any-audience=true).");
                    }
                });
        return problems;
    }

    /** The name of a further issuer, if {@code iss} is one. */
    public Optional<String> furtherIssuerName(String iss) {
        return Optional.ofNullable(iss).map(nameByIssuer::get);
    }

    public boolean isDefault(String iss) {
        return defaultIssuer.isPresent() && defaultIssuer.get().equals(iss);
    }

    /** How metrics name the issuer of a token: {@code default}, a configured name, or {@code unknown}. */
    public String label(String iss) {
        return isDefault(iss) ? DEFAULT : furtherIssuerName(iss).orElse(UNKNOWN);
    }

    /**
     * The owner id of a verified token: the bare {@code sub} for the default issuer (what records made before
     * further issuers existed are stored under), else the issuer and the {@code sub}. Nothing when the subject
     * holds a control character, which no real subject does and which could otherwise imitate another issuer's
     * owner id.
     */
    public Optional<String> ownerOf(String iss, String subject) {
        if (subject == null || subject.isBlank() || subject.chars().anyMatch(Character::isISOControl)) {
            return Optional.empty();
        }
        if (defaultIssuer.isEmpty() || isDefault(iss)) {
            return Optional.of(subject);
        }
        return Optional.of(iss + SEPARATOR + subject);
    }

    /** The {@code iss} a compact JWS claims, read without verifying it (to choose the key it is verified with). */
    public static Optional<String> claimedIssuer(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int first = token.indexOf('.');
        int second = token.indexOf('.', first + 1);
        if (first < 0 || second < 0) {
            return Optional.empty();
        }
        try {
            byte[] payload = Base64.getUrlDecoder().decode(token.substring(first + 1, second));
            Object iss = JsonUtil.parseJson(new String(payload, StandardCharsets.UTF_8))
                    .get("iss");
            return iss instanceof String issuer ? Optional.of(issuer) : Optional.empty();
        } catch (IllegalArgumentException | JoseException e) {
            return Optional.empty();
        }
    }
}
