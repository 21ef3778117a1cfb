package dev.rebound.drafts;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phrases, in English and Spanish, that say what an e-mail is. Each has a weight: how surely it says so on its own.
 */
final class Signals {

    private Signals() {}

    record Signal(Pattern pattern, double weight) {

        static Signal of(String regex, double weight) {
            return new Signal(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), weight);
        }

        Matcher in(String text) {
            return pattern.matcher(text);
        }
    }

    /** That the application will go no further. */
    static final List<Signal> REJECTION = List.of(
            Signal.of("\\bunfortunately\\b", 1),
            Signal.of("\\bregret to (inform|let you know|tell you)", 2),
            Signal.of(
                    "(decided|chosen|elected|made the decision|opted) (to |not to )?(move|moving|go|proceed|continue)"
                            + " (forward )?with (other|another|a different|different) (candidate|applicant|individual|person)",
                    3),
            Signal.of("(pursue|pursuing|progress(ing)?) (with )?(other|another) (candidate|applicant)", 3),
            Signal.of(
                    "(decided|chosen|elected|opted) to (move|go|proceed) forward with (the )?(candidates|applicants)"
                            + " (whose|who|that)",
                    3),
            Signal.of(
                    "\\b(selected|chosen|hired|offered the (position|role) to) (another|a different|an other|other)"
                            + " (candidate|applicant|person|individual)",
                    3),
            Signal.of(
                    "\\b(won't|will not|are not|aren't|cannot|can't) (be )?(progressing|moving forward with|proceeding"
                            + " with|taking forward|advancing) your (application|candidacy)",
                    3),
            Signal.of(
                    "\\b(position|role|vacancy|opening|requisition)\\b[^.\\n]{0,80}? (has|had) (now |since |been )?"
                            + "(been )?(filled|closed|cancell?ed|put on hold|paused)",
                    3),
            Signal.of(
                    "\\bput (the )?[^.\\n]{0,60}?(position|role|search|hiring) on hold|\\bhiring freeze\\b"
                            + "|\\bclosing all applications",
                    3),
            Signal.of("\\b(i'm|i am|we're|we are) sorry to (share|let you know|tell you|say)", 1),
            Signal.of(
                    "\\bnot (to )?(be )?(mov(e|ing)|progress(ing)?|proceed(ing)?|advanc(e|ing)) (forward )?with your"
                            + " (application|candidacy|candidature)",
                    3),
            Signal.of("\\bwill not be (moving|proceeding|progressing|advancing)", 3),
            Signal.of("\\b(decided|chosen) not to (proceed|progress|move forward|advance|offer)", 3),
            Signal.of("\\b(unable|not able) to (offer you|move forward|progress|proceed)", 3),
            Signal.of(
                    "\\b(position|role|vacancy|opening) has (now |since )?been (filled|closed|cancell?ed|put on hold)",
                    3),
            Signal.of("\\b(have|has) not been (successful|selected|shortlisted)", 3),
            Signal.of("\\bwere not (successful|selected)", 3),
            Signal.of("\\bnot (be )?(offering|extending) (you )?an? offer", 3),
            Signal.of(
                    "\\blamentablemente\\b|\\bdesafortunadamente\\b|\\blamentamos (informarte|comunicarte|decirte)", 2),
            Signal.of(
                    "(decidido|decidimos|optado por|optamos por) (continuar|seguir|avanzar|quedarnos)? ?con otr[oa]s?"
                            + " (candidat|perfil|persona)",
                    3),
            Signal.of("(hemos|ha|han) (optado|elegido|seleccionado) (por )?a? ?otr[oa]s? (candidat|perfil|persona)", 3),
            Signal.of("\\b(ha sido|fue) cubiert[oa] internamente", 3),
            Signal.of(
                    "\\bno (vamos a |podemos )?(continuar|seguir|avanzar) con tu (candidatura|proceso|solicitud|postulación)",
                    3),
            Signal.of("\\bno (has|ha) (sido|resultado) seleccionad[oa]", 3),
            Signal.of("(el puesto|la (posición|vacante|plaza)) (ya )?(ha sido|fue|está) (cubiert|cerrad|cancelad)", 3),
            Signal.of("\\bno (continuarás|seguirás|avanzarás) en el proceso", 3),
            Signal.of("\\b(was|were|has been|have been|is) (unsuccessful|not successful)", 3),
            Signal.of("\\b(won't|will not|are not|aren't) be (moving|going) forward\\b", 3),
            Signal.of("\\b(go|going|head|heading) in a different direction", 3),
            Signal.of("\\bdecided to (close|cancel) (the|this) (position|role|search|requisition|opening)", 3),
            Signal.of("\\b(we have|we've) (filled|closed) (the|this) (position|role|vacancy|opening)", 3),
            Signal.of("\\b(not|isn't|wasn't) (the right|a good|a strong|the best) (fit|match)\\b", 2),
            Signal.of(
                    "\\b(does|did) not (fully )?(match|meet) (our|the|all (of )?(our|the)) (requirements|needs|criteria)",
                    2),
            Signal.of("\\bkeep your (cv|resume|résumé|details|profile) on file", 1),
            Signal.of(
                    "\\bno (continuaremos|seguiremos|avanzaremos|podremos (continuar|seguir|avanzar|contar contigo))",
                    3),
            Signal.of("\\bno (seguir|continuar|avanzar) adelante con (tu|su) (candidatura|proceso|solicitud)", 3),
            Signal.of("\\b(hemos|han) cubierto (la vacante|el puesto|la posición|la plaza)", 3),
            Signal.of("\\bya no está (disponible|abiert[oa])", 2),
            Signal.of("\\bno (has|ha) superado\\b", 3),
            Signal.of("\\b(perfil|candidatura) no (se ajusta|encaja|cumple)", 2),
            Signal.of("\\bdescartad[oa]\\b", 2),
            Signal.of("\\bguardaremos tu (cv|currículum|perfil)", 1));

    /** That it is something else: an invitation, an offer, a receipt, a note that review goes on, a job alert. */
    static final List<Signal> OTHER = List.of(
            Signal.of(
                    "\\b(your )?interview (is|has been) (scheduled|confirmed|booked)|entrevista (programada|confirmada)",
                    3),
            Signal.of("\\bcongratulations\\b|\\benhorabuena\\b|\\bfelicidades\\b", 2),
            Signal.of("\\bapplication is (under|in) review|candidatura (está en revisión|está siendo revisada)", 2),
            Signal.of(
                    "\\b(like|love|happy|pleased|delighted|excited) to (invite|schedule|set up|move you forward|advance"
                            + " you|offer you)",
                    3),
            Signal.of("\\bschedule (a|an|your|the next) (call|interview|chat|conversation)", 3),
            Signal.of("\\b(please )?(choose|pick|select|book) a (time|slot)\\b|calendly\\.com", 3),
            Signal.of("\\b(job|employment) offer\\b|\\boffer letter\\b|\\bpleased to offer\\b", 3),
            Signal.of("\\b(we have|we've) received your application|\\bthis (email|message) confirms", 2),
            Signal.of("\\b(will|shall) (review|be reviewing|carefully review) your (application|profile|cv|resume)", 2),
            Signal.of(
                    "\\b(still|currently) (reviewing|considering|evaluating)\\b|\\breview(ing)? is (still )?ongoing",
                    2),
            Signal.of(
                    "\\bjob alert|\\bjobs? (you|that) (may|might) (be interested|like)|\\bnew jobs? (for you|matching)"
                            + "|\\brecommended jobs\\b",
                    3),
            Signal.of("\\bnewsletter\\b", 2),
            Signal.of(
                    "\\b(nos complace|nos alegra|nos gustaría) (invitarte|ofrecerte|comunicarte que (has pasado|avanzas))",
                    3),
            Signal.of("\\b(agendar|programar|concertar) una (entrevista|llamada|reunión)", 3),
            Signal.of("\\boferta (de empleo|de trabajo|laboral) (para ti|formal)|\\bcarta de oferta", 3),
            Signal.of("\\bhemos recibido tu (candidatura|solicitud|postulación|cv)", 2),
            Signal.of("\\b(seguimos|estamos|aún estamos|todavía estamos) (revisando|evaluando|valorando)", 2),
            Signal.of("\\balertas? de empleo|\\bofertas que (te )?(pueden|podrían) interesar", 3));

    /** The sum of the weights of the signals found, each counted once. */
    static double weight(List<Signal> signals, String text) {
        return signals.stream()
                .filter(signal -> signal.in(text).find())
                .mapToDouble(Signal::weight)
                .sum();
    }
}
