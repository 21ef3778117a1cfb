package dev.rebound.drafts;

import dev.rebound.api.model.InterviewFormat;
import dev.rebound.api.model.NotifiedVia;
import dev.rebound.api.model.RejectionReason;
import dev.rebound.api.model.StageReached;
import dev.rebound.vocabulary.MessageLocale;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a rejection e-mail into the fields of a record, with rules and dictionaries in English and Spanish: what
 * kind of message it is, the company, the role, how far the person got, why, who signed it and when it came. Plain
 * Java, no network: each rule is a phrase people and applicant-tracking systems write.
 */
public final class DraftRules {

    /** The fields a record cannot be stored without, in the order the contract lists them. */
    static final List<String> REQUIRED = List.of("company", "role", "stageReached", "notifiedVia", "rejectedOn");

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** A name as companies write theirs: capitalised words, case-sensitive whatever the pattern around it. */
    private static final String NAME =
            "(?-i:[\\p{Lu}0-9][\\p{L}0-9&'’.\\-]*(?:\\s+(?:[\\p{Lu}0-9&][\\p{L}0-9&'’.\\-]*|de|of|and|y|la|del))*?)";

    private static final PhraseBook PHRASES = PhraseBook.DRAFTS;

    private static final List<Pattern> COMPANY_IN_SUBJECT = companyPatterns("company in subject");
    private static final List<Pattern> COMPANY_IN_BODY = companyPatterns("company in body");
    private static final List<Pattern> COMPANY_IN_SIGNATURE = companyPatterns("company in signature");
    private static final List<Pattern> ROLE = PHRASES.lines("role").stream()
            .map(regex -> pattern(named(regex, "r", "role")))
            .toList();

    private record Stage(StageReached stage, Pattern pattern) {}

    /** Most advanced first: the furthest stage the e-mail speaks of is the one reached. */
    private static final List<Stage> STAGES = PHRASES.anyOfEach("stage").entrySet().stream()
            .map(stage -> new Stage(StageReached.valueOf(stage.getKey()), pattern(stage.getValue())))
            .toList();

    private record Format(InterviewFormat format, Pattern pattern) {}

    private static final List<Format> FORMATS = PHRASES.anyOfEach("format").entrySet().stream()
            .map(format -> new Format(InterviewFormat.valueOf(format.getKey()), pattern(format.getValue())))
            .toList();

    private record Reason(RejectionReason reason, Pattern pattern) {}

    /** Most specific first. */
    private static final List<Reason> REASONS = PHRASES.anyOfEach("reason").entrySet().stream()
            .map(reason -> new Reason(RejectionReason.valueOf(reason.getKey()), pattern(reason.getValue())))
            .toList();

    /** A requisition number after a role: "Cloud Support Engineer (R-20931)", "Analyst - JR1234". */
    private static final Pattern REQUISITION =
            Pattern.compile("\\s*(?:\\([^)]*\\d[^)]*\\)|[-–#]\\s*(?:req|r|jr|job)?[- ]?\\d{3,}\\w*)$", FLAGS);

    private static final Pattern CLOSING = pattern(PHRASES.anyOf("closing line"));
    private static final Pattern PERSON =
            Pattern.compile("^\\p{Lu}[\\p{L}'’\\-]+(?:\\s+(?:de |del |la |van |von )?\\p{Lu}[\\p{L}'’\\-]+){1,3}$");
    private static final Pattern TITLE_WORDS = pattern(PHRASES.anyOf("job title"));
    private static final Pattern NOT_A_NAME = pattern(PHRASES.anyOf("not a name"));
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"')\\]]+");
    private static final Pattern JOB_URL = pattern(PHRASES.anyOf("job posting link"));
    private static final Pattern NOT_A_JOB_URL = pattern(PHRASES.anyOf("not a job posting link"));
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\\n]");
    private static final String SENTENCE_ENDS = ".!?\n";

    private static final Set<String> ENGLISH = Set.copyOf(PHRASES.words("words en"));
    private static final Set<String> SPANISH = Set.copyOf(PHRASES.words("words es"));

    private DraftRules() {}

    /**
     * Reads the e-mail. {@code receivedOn} is the day the person got it when they said so (else null); the rejection
     * date is the e-mail's own date when it has one, else that day, else today (in the owner's time zone).
     */
    public static DraftReading read(Email email, LocalDate receivedOn, LocalDate today, ZoneId zone) {
        String subject = email.subject() == null ? "" : email.subject();
        String body = email.body();
        String all = subject + "\n" + body;
        double rejection = Signals.weight(Signals.REJECTION, all);
        double other = Signals.weight(Signals.OTHER, all);
        boolean isRejection = rejection >= 2 && rejection > other;
        double confidence = isRejection
                ? clamp(0.55 + 0.1 * (rejection - other), 0.55, 0.98)
                : clamp(0.6 + 0.1 * (other - rejection), 0.55, 0.98);
        MessageLocale language = language(all);
        if (!isRejection) {
            return new DraftReading(false, round(confidence), language, List.of(), List.of());
        }
        List<DraftReading.Found> found = new ArrayList<>();
        company(email, body).ifPresent(found::add);
        role(subject, body).ifPresent(found::add);
        DraftReading.Found stage = stage(body);
        if (stage != null) {
            found.add(stage);
        }
        format(body, stage).ifPresent(found::add);
        found.add(new DraftReading.Found("notifiedVia", NotifiedVia.EMAIL, 1.0, email.from()));
        found.add(rejectedOn(email, receivedOn, today, zone));
        DraftReading.Found reason = reason(body);
        found.add(reason);
        if (reason.evidence() != null) {
            String sentence = sentence(body, reason.evidence());
            found.add(new DraftReading.Found("reasonDetail", sentence, 0.8, sentence));
        }
        found.addAll(contact(email, body));
        jobPostingUrl(body).ifPresent(found::add);
        List<String> missing = REQUIRED.stream()
                .filter(field -> found.stream().noneMatch(f -> f.field().equals(field)))
                .toList();
        return new DraftReading(true, round(confidence), language, List.copyOf(found), missing);
    }

    private static Optional<DraftReading.Found> company(Email email, String body) {
        Optional<DraftReading.Found> named = email.subject() == null
                ? Optional.empty()
                : companyIn(COMPANY_IN_SUBJECT, email.subject().strip(), 0.85);
        for (String line : body.lines().map(String::strip).toList()) {
            named = named.or(() -> companyIn(COMPANY_IN_SIGNATURE, line, 0.8));
        }
        named = named.or(() -> companyIn(COMPANY_IN_BODY, body, 0.75));
        if (named.isPresent()) {
            return named;
        }
        String signed = signatureCompany(body);
        if (signed != null) {
            return found("company", signed, 0.7, signed);
        }
        String name = Senders.displayName(email.from());
        if (name != null
                && !Senders.isSystem(name)
                && (!PERSON.matcher(name).matches() || TEAM_SUFFIX.matcher(name).find())) {
            String company = TEAM_SUFFIX.matcher(name).replaceAll("").strip();
            if (usableCompany(company)) {
                return found("company", company, 0.6, name);
            }
        }
        String address = Senders.address(email.from());
        String ofDomain = Senders.companyOfDomain(address);
        if (ofDomain != null) {
            // The domain's words as the e-mail writes them: woodgrovebank.com is "Woodgrove Bank" when it says so.
            String squeezed = folded(ofDomain);
            Matcher written = CAPITALISED.matcher((name == null ? "" : name) + "\n" + email.subject() + "\n" + body);
            while (written.find()) {
                for (String words = written.group(); !words.isEmpty(); words = withoutLastWord(words)) {
                    if (folded(words).equals(squeezed)) {
                        return found("company", words, 0.65, words);
                    }
                }
            }
            return found("company", ofDomain, 0.5, address);
        }
        return Optional.empty();
    }

    /** The first usable company the patterns find in the text, in the patterns' order. */
    private static Optional<DraftReading.Found> companyIn(List<Pattern> patterns, String text, double confidence) {
        for (Pattern pattern : patterns) {
            Matcher match = pattern.matcher(text);
            while (match.find()) {
                String company = match.group("c").strip();
                if (usableCompany(company)) {
                    return found("company", company, confidence, company);
                }
            }
        }
        return Optional.empty();
    }

    /** What a sender's name adds to a company's: "Contoso Recruiting", "Fabrikam Careers", "Acme via Lever". */
    private static final Pattern TEAM_SUFFIX = Pattern.compile(
            "\\s*(?:via \\w+|talent acquisition|talent team|recruiting team|hiring team|careers newsletter|recruiting"
                    + "|recruitment|careers|jobs|talent|hr|people|team|hiring|empleo|selección|rrhh)\\s*$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}&]*(?:[ -]\\p{Lu}[\\p{L}&]*){0,3}");

    /**
     * The organisation a person's signature names after their title ("Talent Partner / Woodgrove Bank",
     * "Recruiter | Alpine Ski House"), or null.
     */
    private static String signatureCompany(String body) {
        List<String> signature = signature(body);
        if (signature.size() < 2
                || !PERSON.matcher(signature.get(0).split("\\s*[|,–]\\s*")[0]).matches()) {
            return null;
        }
        for (String line : signature.subList(1, Math.min(signature.size(), 4))) {
            String[] parts = line.split("\\s+\\|\\s+|\\s+·\\s+");
            for (int i = TITLE_WORDS.matcher(parts[0]).find() ? 1 : 0; i < parts.length; i++) {
                String part = parts[i].strip();
                if (ORGANISATION.matcher(part).matches()
                        && !TITLE_WORDS.matcher(part).find()
                        && usableCompany(part)) {
                    return part;
                }
            }
        }
        return null;
    }

    /** The lines after the last closing ("Best regards,", "Un saludo,"), blank ones left out; empty if none. */
    private static List<String> signature(String body) {
        List<String> lines = body.lines().map(String::strip).toList();
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (CLOSING.matcher(lines.get(i)).matches()) {
                return lines.subList(i + 1, Math.min(lines.size(), i + 8)).stream()
                        .filter(line -> !line.isEmpty())
                        .toList();
            }
        }
        return List.of();
    }

    private static final Pattern ORGANISATION =
            Pattern.compile("\\p{Lu}[\\p{L}&'’.]*(?:[ -](?:\\p{Lu}[\\p{L}&'’.]*|de|del|of|and|y|la))*");

    /** Lower case without accents, spaces or hyphens: how a domain writes a name. */
    private static String folded(String words) {
        return java.text.Normalizer.normalize(words, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+|[\\s-]", "")
                .toLowerCase(Locale.ROOT);
    }

    private static String withoutLastWord(String words) {
        int space = Math.max(words.lastIndexOf(' '), words.lastIndexOf('-'));
        return space < 0 ? "" : words.substring(0, space);
    }

    private static boolean usableCompany(String company) {
        if (company == null) {
            return false;
        }
        String trimmed = company.strip();
        return trimmed.length() >= 2
                && trimmed.length() <= 80
                && !Senders.isSystem(trimmed)
                && !trimmed.matches("(?i)(the|our|your|us|we|you|el|la|nuestr[oa]|tu|el equipo|the team|team|"
                        + "this|that|this role|this position|interest|application|candidatura)");
    }

    private static Optional<DraftReading.Found> role(String subject, String body) {
        for (String text : List.of(subject, body)) {
            for (Pattern pattern : ROLE) {
                Matcher match = pattern.matcher(text);
                while (match.find()) {
                    String role = REQUISITION
                            .matcher(match.group("r").strip().replaceAll("^[\"'“‘]|[\"'”’]$", ""))
                            .replaceAll("")
                            .strip();
                    if (role.length() >= 2 && !role.matches("(?i)(this|that|our|your|este|esta|ese|esa)\\b.*")) {
                        return found("role", role, text == subject ? 0.8 : 0.75, role);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static DraftReading.Found stage(String body) {
        for (Stage stage : STAGES) {
            Matcher match = stage.pattern().matcher(body);
            if (match.find()) {
                return new DraftReading.Found("stageReached", stage.stage(), 0.7, match.group());
            }
        }
        return null;
    }

    private static Optional<DraftReading.Found> format(String body, DraftReading.Found stage) {
        for (Format format : FORMATS) {
            Matcher match = format.pattern().matcher(body);
            if (match.find()) {
                return found("interviewFormat", format.format(), 0.7, match.group());
            }
        }
        if (stage != null && stage.value() == StageReached.APPLIED) {
            return found("interviewFormat", InterviewFormat.NONE, 0.6, stage.evidence());
        }
        return Optional.empty();
    }

    private static DraftReading.Found rejectedOn(Email email, LocalDate receivedOn, LocalDate today, ZoneId zone) {
        LocalDate sent = MailDates.day(email.date(), zone);
        if (sent != null && !sent.isAfter(today)) {
            return new DraftReading.Found("rejectedOn", sent, 0.95, email.date());
        }
        if (receivedOn != null) {
            return new DraftReading.Found("rejectedOn", receivedOn, 0.9, null);
        }
        return new DraftReading.Found("rejectedOn", today, 0.5, null);
    }

    private static DraftReading.Found reason(String body) {
        for (Reason reason : REASONS) {
            Matcher match = reason.pattern().matcher(body);
            if (match.find()) {
                return new DraftReading.Found("reason", reason.reason(), 0.75, match.group());
            }
        }
        return new DraftReading.Found("reason", RejectionReason.NOT_GIVEN, 0.6, null);
    }

    /** The sentence of the body that holds the words, at most 500 characters. */
    private static String sentence(String body, String words) {
        int at = body.indexOf(words);
        int start = at;
        while (start > 0 && SENTENCE_ENDS.indexOf(body.charAt(start - 1)) < 0) {
            start--;
        }
        Matcher end = SENTENCE_END.matcher(body);
        int stop = end.find(at + words.length()) ? end.end() : body.length();
        String sentence = body.substring(start, stop).strip();
        return sentence.length() <= 500 ? sentence : sentence.substring(0, 500).strip();
    }

    private static List<DraftReading.Found> contact(Email email, String body) {
        List<String> lines = body.lines().map(String::strip).toList();
        List<DraftReading.Found> contact = new ArrayList<>();
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!CLOSING.matcher(lines.get(i)).matches()) {
                continue;
            }
            List<String> signature = lines.subList(i + 1, Math.min(lines.size(), i + 6)).stream()
                    .filter(line -> !line.isEmpty())
                    .toList();
            if (signature.isEmpty()) {
                break;
            }
            String[] first = signature.get(0).split("\\s*[|,–]\\s*|\\s+-\\s+", 2);
            String name = first[0].strip();
            if (!PERSON.matcher(name).matches() || NOT_A_NAME.matcher(name).find()) {
                break;
            }
            contact.add(new DraftReading.Found("contact.name", name, 0.8, name));
            String title = first.length > 1
                    ? first[1].strip()
                    : signature.size() > 1
                            ? signature.get(1).split("\\s+\\|\\s+")[0].strip()
                            : null;
            if (title != null
                    && title.length() <= 100
                    && TITLE_WORDS.matcher(title).find()
                    && !title.contains("@")) {
                contact.add(new DraftReading.Found("contact.title", title, 0.7, title));
            }
            String address = signature.stream()
                    .map(Senders::address)
                    .filter(Senders::personal)
                    .findFirst()
                    .orElse(null);
            String sender = Senders.address(email.from());
            if (address == null && Senders.personal(sender) && name.equals(Senders.displayName(email.from()))) {
                address = sender;
            }
            if (address != null) {
                contact.add(new DraftReading.Found("contact.email", address, 0.8, address));
            }
            break;
        }
        return contact;
    }

    private static Optional<DraftReading.Found> jobPostingUrl(String body) {
        Matcher url = URL.matcher(body);
        while (url.find()) {
            String link = url.group().replaceAll("[.,;:!?]+$", "");
            if (JOB_URL.matcher(link).find() && !NOT_A_JOB_URL.matcher(link).find() && link.length() <= 2048) {
                return found("jobPostingUrl", link, 0.7, link);
            }
        }
        return Optional.empty();
    }

    /** English or Spanish by their commonest words, or null when neither has enough of them. */
    static MessageLocale language(String text) {
        int english = 0;
        int spanish = 0;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            english += ENGLISH.contains(word) ? 1 : 0;
            spanish += SPANISH.contains(word) ? 1 : 0;
        }
        if (Math.max(english, spanish) < 3) {
            return null;
        }
        if (english >= 2 * spanish) {
            return MessageLocale.EN;
        }
        return spanish >= 2 * english ? MessageLocale.ES : null;
    }

    private static Optional<DraftReading.Found> found(String field, Object value, double confidence, String evidence) {
        return Optional.of(new DraftReading.Found(field, value, confidence, evidence));
    }

    private static List<Pattern> companyPatterns(String section) {
        return PHRASES.lines(section).stream()
                .map(regex -> pattern(named(regex, "c", section).replace("{NAME}", NAME)))
                .toList();
    }

    /** A phrase that must capture what it finds in a group of that name; checked when the rules load. */
    private static String named(String regex, String group, String section) {
        if (!regex.contains("(?<" + group + ">")) {
            throw new IllegalStateException("[" + section + "] " + regex + ": no group (?<" + group + ">...)");
        }
        return regex;
    }

    private static Pattern pattern(String regex) {
        return Pattern.compile(regex, FLAGS | Pattern.MULTILINE);
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
