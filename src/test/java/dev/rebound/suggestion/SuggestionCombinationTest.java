package dev.rebound.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import dev.rebound.api.model.FeedbackRequest;
import dev.rebound.api.model.InterviewFormat;
import dev.rebound.api.model.NotifiedVia;
import dev.rebound.api.model.PlanAction;
import dev.rebound.api.model.PlanStep;
import dev.rebound.api.model.PromptCategory;
import dev.rebound.api.model.ReflectionPrompt;
import dev.rebound.api.model.RejectionReason;
import dev.rebound.api.model.StageReached;
import dev.rebound.api.model.Suggestions;
import dev.rebound.api.model.ThankYouNote;
import dev.rebound.api.model.Tone;
import dev.rebound.vocabulary.MessageLocale;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Renders every combination that changes what Rebound writes (stage, channel, format, contact, internal candidacy,
 * tone), in every language, through the service's template engine, and checks each suggestion set against the
 * quality bar of its language.
 */
class SuggestionCombinationTest {

    private static final List<String> CONTACTS =
            List.of("María José Peña", "Siobhán O'Brien", "李小龙", "Jean-Luc Ndiaye");
    private static final List<String> COMPANIES =
            List.of("Nordlicht Analytics", "Café Ñandú & Co.", "O'Reilly Media", "株式会社テスト");
    private static final List<String> ROLES =
            List.of("Senior Data Engineer", "Diseñadora UX", "Backend Developer (Go)");
    private static final Integer[] SELF_ASSESSMENTS = {null, 1, 2, 3, 4, 5};
    /** What every text in a language must and must not say: the quality bar, word by word, per language. */
    private record Bar(
            Pattern negative,
            Pattern otherCandidate,
            Pattern wrongAddress,
            Pattern englishLeftovers,
            List<String> stillInterested,
            List<String> thanks,
            String decision,
            List<String> shortAnswer,
            List<String> improve,
            Pattern genericGreeting,
            Pattern closing) {}

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static Pattern anyWord(String alternatives) {
        return Pattern.compile("(?<![\\p{L}])(" + alternatives + ")(?![\\p{L}])", FLAGS);
    }

    /** A pattern that never matches: English has no English leftovers and no wrong form of address. */
    private static final Pattern NOTHING = Pattern.compile("(?!)");

    private static final Pattern COMMA_CLOSING = Pattern.compile(",$");

    private static final Map<MessageLocale, Bar> BARS = Map.of(
            MessageLocale.EN,
            new Bar(
                    Pattern.compile(
                            "disappoint|unfair|\\bbeg\\b|begging|desperat|unfortunately|sadly|upset|frustrat|reconsider",
                            FLAGS),
                    Pattern.compile(
                            "other candidate|another candidate|someone else|the person you (chose|hired)", FLAGS),
                    NOTHING,
                    NOTHING,
                    List.of("opportunit", "openings"),
                    List.of("thank"),
                    "decision",
                    List.of("short answer", "line or two", "brief response"),
                    List.of("strengthen"),
                    NOTHING,
                    COMMA_CLOSING),
            MessageLocale.ES,
            new Bar(
                    Pattern.compile(
                            "decepci|injust|suplic|desesper|lamentablemente|\\brog(ar|ar[ií]a)\\b|ruego|triste", FLAGS),
                    Pattern.compile("otro candidato|otra candidata|otra persona|por qué", FLAGS),
                    NOTHING, // Spanish takes tú or usted as the tone asks
                    EnglishLeftovers.in(MessageLocale.ES),
                    List.of("oportunidad", "vacantes"),
                    List.of("gracias", "agradezco"),
                    "decisión",
                    List.of("respuesta breve", "dos líneas"),
                    List.of("reforzar", "fortalecer"),
                    NOTHING,
                    COMMA_CLOSING),
            MessageLocale.DE,
            new Bar(
                    Pattern.compile(
                            "enttäusch|unfair|leider|bedauerlich|frustr|überdenk|flehe|verzweif|traurig", FLAGS),
                    Pattern.compile("andere[nrs]? (kandidat|bewerber|person)|jemand(en)? anderen|warum", FLAGS),
                    anyWord("du|dich|dir|dein|deine|deinen|deinem|deiner|euch|euer"),
                    EnglishLeftovers.in(MessageLocale.DE),
                    List.of("gelegenheit"),
                    List.of("dank"),
                    "entscheidung",
                    List.of("kurze antwort"),
                    List.of("stärken"),
                    Pattern.compile("^Sehr geehrte Damen und Herren,$"),
                    // German closings take no comma: "Viele Grüße", "Mit freundlichen Grüßen".
                    Pattern.compile("Grüßen?$")),
            MessageLocale.FR,
            new Bar(
                    Pattern.compile(
                            "déçu|décept|injust|malheureusement|hélas|frustr|reconsid|suppli|désespér|contrari", FLAGS),
                    Pattern.compile("autre candidat|autre personne|quelqu.un d.autre|pourquoi", FLAGS),
                    anyWord("tu|toi|ton|ta|tes|te"),
                    EnglishLeftovers.in(MessageLocale.FR),
                    List.of("opportunit"),
                    List.of("merci", "remerci"),
                    "décision",
                    List.of("réponse brève"),
                    List.of("renforcer"),
                    NOTHING,
                    COMMA_CLOSING),
            MessageLocale.PT,
            new Bar(
                    Pattern.compile(
                            "decepcion|injust|infelizmente|lamentavelmente|frustr|reconsider|implor|desesper|triste",
                            FLAGS),
                    Pattern.compile("outr[oa]s? candidat|outra pessoa|alguém mais|por que", FLAGS),
                    anyWord("tu|teu|tua|teus|tuas|contigo|vós"),
                    EnglishLeftovers.in(MessageLocale.PT),
                    List.of("oportunidade"),
                    List.of("agradeç", "obrigad"),
                    "decisão",
                    List.of("resposta breve"),
                    List.of("fortalecer"),
                    NOTHING,
                    COMMA_CLOSING));

    private static final Pattern BLANK_GREETING = Pattern.compile(
            "^(hi|hello|dear|hola|buenos días|estimado|hallo|guten tag|liebes team|bonjour|olá|prezad[oa](\\(a\\))?)"
                    + "[\\s,:.!]*$",
            FLAGS);

    private static final SuggestionComposer COMPOSER = new SuggestionComposer(MessageTemplates.engine());

    @ParameterizedTest
    @EnumSource(MessageLocale.class)
    void everyCombinationMeetsTheQualityBar(MessageLocale locale) {
        Map<String, List<String>> keysBySituation = new HashMap<>();
        int sets = 0;
        int index = 0;
        for (StageReached stage : StageReached.values()) {
            for (NotifiedVia via : NotifiedVia.values()) {
                for (InterviewFormat format : InterviewFormat.values()) {
                    for (boolean contactKnown : new boolean[] {true, false}) {
                        for (boolean internal : new boolean[] {true, false}) {
                            index++;
                            RejectionReason reason = RejectionReason.values()[index % RejectionReason.values().length];
                            Integer selfAssessment = SELF_ASSESSMENTS[index % SELF_ASSESSMENTS.length];
                            String contact = contactKnown ? CONTACTS.get(index % CONTACTS.size()) : null;
                            String email = contactKnown && index % 2 == 0 ? "contact@example.com" : null;
                            RejectionFacts facts = new RejectionFacts(
                                    COMPANIES.get(index % COMPANIES.size()),
                                    ROLES.get(index % ROLES.size()),
                                    stage,
                                    format,
                                    via,
                                    LocalDate.of(2026, 3, 1).plusDays(index % 7),
                                    reason,
                                    contact,
                                    email,
                                    internal,
                                    selfAssessment);
                            for (Tone tone : Tone.values()) {
                                {
                                    String sender = index % 3 == 0 ? null : "Alex Kim";
                                    Suggestions suggestions =
                                            COMPOSER.compose(facts, new SuggestionOptions(tone, locale, sender));
                                    SoftAssertions.assertSoftly(
                                            soft -> check(soft, facts, tone, locale, sender, suggestions));
                                    String situation = facts.toString();
                                    List<String> keys = suggestions.getReflectionPrompts().stream()
                                            .map(ReflectionPrompt::getKey)
                                            .toList();
                                    assertThat(keysBySituation.computeIfAbsent(situation, s -> keys))
                                            .as("prompt keys must not depend on tone")
                                            .isEqualTo(keys);
                                    assertThat(keys)
                                            .as("prompt keys must not depend on locale")
                                            .isEqualTo(COMPOSER
                                                    .compose(
                                                            facts,
                                                            new SuggestionOptions(tone, MessageLocale.EN, sender))
                                                    .getReflectionPrompts()
                                                    .stream()
                                                    .map(ReflectionPrompt::getKey)
                                                    .toList());
                                    sets++;
                                }
                            }
                        }
                    }
                }
            }
        }
        assertThat(sets).isEqualTo(7 * 8 * 4 * 2 * 2 * 3);
    }

    private static void check(
            SoftAssertions soft, RejectionFacts facts, Tone tone, MessageLocale locale, String sender, Suggestions s) {
        String where = facts + " " + tone + " " + locale;
        Bar bar = BARS.get(locale);
        soft.assertThat(s.getLocale()).hasToString(locale.tag());
        soft.assertThat(s.getTone()).isEqualTo(tone);

        ThankYouNote note = s.getThankYouNote();
        FeedbackRequest feedback = s.getFeedbackRequest();
        List<String> texts = new java.util.ArrayList<>(List.of(
                note.getSubject(),
                note.getBody(),
                note.getWhy(),
                feedback.getSubject(),
                feedback.getBody(),
                feedback.getRationale(),
                feedback.getWhy(),
                s.getConnectionNote().getBody(),
                s.getConnectionNote().getWhy()));
        s.getReflectionPrompts().forEach(prompt -> texts.add(prompt.getQuestion()));
        s.getPlan().forEach(step -> texts.add(step.getWhy()));
        texts.forEach(text -> checkText(soft, bar, where, text));

        int limit = tone == Tone.BRIEF ? 80 : 160;
        soft.assertThat(words(note.getBody())).as("words in thank-you " + where).isLessThanOrEqualTo(limit);
        soft.assertThat(words(feedback.getBody()))
                .as("words in feedback " + where)
                .isLessThanOrEqualTo(limit);

        for (String body : List.of(note.getBody(), feedback.getBody())) {
            String greeting = body.lines().findFirst().orElse("");
            soft.assertThat(BLANK_GREETING.matcher(greeting).matches())
                    .as("blank greeting " + where)
                    .isFalse();
            if (!bar.genericGreeting().matcher(greeting).matches()) {
                soft.assertThat(greeting)
                        .as("greeting " + where)
                        .contains(facts.contactName() != null ? facts.contactName() : facts.company());
            } else {
                soft.assertThat(facts.contactName())
                        .as("a generic greeting only without a contact")
                        .isNull();
            }
            if (sender != null) {
                soft.assertThat(body).as("signature " + where).endsWith("\n" + sender);
            } else {
                soft.assertThat(bar.closing().matcher(body).find())
                        .as("closing line of '" + body + "' " + where)
                        .isTrue();
            }
        }
        soft.assertThat(note.getBody()).as("role " + where).contains(facts.role());
        soft.assertThat(note.getBody()).as("company " + where).contains(facts.company());
        String lower = note.getBody().toLowerCase(Locale.ROOT);
        soft.assertThat(lower)
                .as("still interested " + where)
                .containsAnyOf(bar.stillInterested().toArray(String[]::new));
        if (facts.ghosted()) {
            soft.assertThat(lower)
                    .as("no thanks for a decision never sent " + where)
                    .doesNotContain(bar.decision());
        } else {
            soft.assertThat(lower)
                    .as("thanks " + where)
                    .containsAnyOf(bar.thanks().toArray(String[]::new));
        }
        soft.assertThat(feedback.getBody().toLowerCase(Locale.ROOT))
                .as("short answer welcome " + where)
                .containsAnyOf(bar.shortAnswer().toArray(String[]::new));
        soft.assertThat(feedback.getBody().toLowerCase(Locale.ROOT))
                .as("how to improve " + where)
                .containsAnyOf(bar.improve().toArray(String[]::new));

        soft.assertThat(feedback.getRecommended()).as("recommended " + where).isEqualTo(expectedRecommendation(facts));
        soft.assertThat(note.getTo()).isEqualTo(facts.contactEmail());
        soft.assertThat(note.getSendBy()).isEqualTo(due(s, PlanAction.SEND_THANK_YOU));
        soft.assertThat(feedback.getSendOn()).isEqualTo(due(s, PlanAction.REQUEST_FEEDBACK));
        soft.assertThat(feedback.getSendOn() != null).isEqualTo(feedback.getRecommended());
        for (String mailto : List.of(note.getMailto(), feedback.getMailto())) {
            soft.assertThat(mailto)
                    .startsWith("mailto:" + (facts.contactEmail() == null ? "" : facts.contactEmail()) + "?subject=");
            soft.assertThat(mailto).contains("&body=").doesNotContain("+", " ", "\n");
            soft.assertThat(java.net.URI.create(mailto).getScheme()).isEqualTo("mailto");
        }

        String connection = s.getConnectionNote().getBody();
        soft.assertThat(connection.codePointCount(0, connection.length()))
                .as("connection " + where)
                .isBetween(1, 200);

        List<ReflectionPrompt> prompts = s.getReflectionPrompts();
        soft.assertThat(prompts).isNotEmpty();
        soft.assertThat(prompts.get(prompts.size() - 1).getCategory()).isEqualTo(PromptCategory.LET_GO);
        soft.assertThat(prompts.stream().filter(p -> p.getCategory() == PromptCategory.LET_GO))
                .hasSize(1);
        boolean met = facts.interviewFormat() != InterviewFormat.NONE;
        soft.assertThat(prompts.stream().anyMatch(p -> p.getCategory() == PromptCategory.BODY_LANGUAGE))
                .isEqualTo(met);
        soft.assertThat(prompts.stream().anyMatch(p -> p.getCategory() == PromptCategory.INTERVIEWER_SIGNALS))
                .isEqualTo(met);
        soft.assertThat(prompts.stream().anyMatch(p -> p.getCategory() == PromptCategory.APPLICATION_MATERIALS))
                .isEqualTo(facts.stageReached() == StageReached.APPLIED);
    }

    private static void checkText(SoftAssertions soft, Bar bar, String where, String text) {
        soft.assertThat(text)
                .as("text " + where)
                .isNotBlank()
                .doesNotContain("{", "}", "null", "  ", " ,", " .", "\n\n\n", "Co..");
        soft.assertThat(bar.negative().matcher(text).find())
                .as("negative language in '" + text + "' " + where)
                .isFalse();
        soft.assertThat(bar.otherCandidate().matcher(text).find())
                .as("other candidate in '" + text + "' " + where)
                .isFalse();
        soft.assertThat(bar.wrongAddress().matcher(text).find())
                .as("wrong form of address in '" + text + "' " + where)
                .isFalse();
        soft.assertThat(bar.englishLeftovers().matcher(text).find())
                .as("English left in '" + text + "' " + where)
                .isFalse();
    }

    /** The rule as the issue states it, written independently of SuggestionRules. */
    private static boolean expectedRecommendation(RejectionFacts facts) {
        if (facts.notifiedVia() == NotifiedVia.NO_RESPONSE) {
            return false;
        }
        if (facts.stageReached() == StageReached.APPLIED && facts.reason() == RejectionReason.AUTOMATED_SCREENING) {
            return false;
        }
        return facts.stageReached() != StageReached.APPLIED
                || facts.contactName() != null
                || facts.contactEmail() != null;
    }

    private static LocalDate due(Suggestions s, PlanAction action) {
        return s.getPlan().stream()
                .filter(step -> step.getAction() == action)
                .map(PlanStep::getDue)
                .findFirst()
                .orElse(null);
    }

    private static int words(String text) {
        return (int)
                Stream.of(text.trim().split("\\s+")).filter(w -> !w.isEmpty()).count();
    }

    @Test
    void keepsTemplateSyntaxInNamesLiteral() {
        RejectionFacts facts = new RejectionFacts(
                "{company} {#if true}Evil{/if}",
                "{role.length}",
                StageReached.INTERVIEW,
                InterviewFormat.VIDEO,
                NotifiedVia.EMAIL,
                LocalDate.of(2026, 5, 4),
                RejectionReason.OTHER,
                "{contactName}",
                "x@example.com",
                false,
                3);
        for (MessageLocale locale : MessageLocale.values()) {
            Suggestions s = COMPOSER.compose(facts, new SuggestionOptions(Tone.WARM, locale, "{senderName}"));
            assertSoftly(soft -> {
                soft.assertThat(s.getThankYouNote().getBody())
                        .contains("{company} {#if true}Evil{/if}", "{role.length}", "{contactName}", "{senderName}");
                soft.assertThat(s.getFeedbackRequest().getBody()).contains("{role.length}");
                soft.assertThat(s.getThankYouNote().getWhy()).contains("{company} {#if true}Evil{/if}");
            });
        }
    }

    @Test
    void shortensTheConnectionNoteForLongNames() {
        RejectionFacts facts = new RejectionFacts(
                "C".repeat(200),
                "R".repeat(200),
                StageReached.FINAL_INTERVIEW,
                InterviewFormat.IN_PERSON,
                NotifiedVia.PHONE,
                LocalDate.of(2026, 5, 4),
                RejectionReason.NOT_GIVEN,
                "N".repeat(200),
                null,
                false,
                null);
        for (Tone tone : Tone.values()) {
            for (MessageLocale locale : MessageLocale.values()) {
                String note = COMPOSER.compose(facts, new SuggestionOptions(tone, locale, null))
                        .getConnectionNote()
                        .getBody();
                assertThat(note.length()).isLessThanOrEqualTo(200);
                assertThat(note).isNotBlank();
            }
        }
    }
}
