package dev.rebound.drafts;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who sent an e-mail: a person or company, or an applicant-tracking system or mailbox that speaks for one and is
 * never the company, nor an address to write back to.
 */
final class Senders {

    private Senders() {}

    /** Applicant-tracking systems and job sites: their names, and the domains they send and relay from. */
    static final List<String> SYSTEMS = List.of(
            "greenhouse",
            "lever",
            "workday",
            "myworkday",
            "ashby",
            "ashbyhq",
            "smartrecruiters",
            "icims",
            "teamtailor",
            "personio",
            "linkedin",
            "indeed",
            "workable",
            "bamboohr",
            "jobvite",
            "recruitee",
            "breezy",
            "jazzhr",
            "successfactors",
            "taleo",
            "oracle",
            "pinpoint",
            "rippling",
            "gusto",
            "welcometothejungle",
            "infojobs",
            "join",
            "comeet",
            "homerun",
            "factorial",
            "hibob",
            "sendgrid",
            "mailgun",
            "mandrill",
            "amazonses",
            "hirehive",
            "applytojob",
            "trakstar",
            "avature",
            "cornerstone",
            "eightfold",
            "phenom",
            "beamery");

    private static final Set<String> FREE_MAIL = Set.of(
            "gmail",
            "googlemail",
            "outlook",
            "hotmail",
            "live",
            "yahoo",
            "icloud",
            "me",
            "aol",
            "proton",
            "protonmail",
            "gmx",
            "mail",
            "yandex",
            "zoho");

    private static final Pattern ADDRESS = Pattern.compile("[\\w.+'-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern MAILBOX = Pattern.compile(
            "^(no-?reply|do-?not-?reply|noresponder|no-?responder|notifications?|notificaciones|alerts?|jobs|careers|"
                    + "empleo|recruiting|recruitment|talent|hiring|hr|rrhh|people|team|info|hello|hola|contact|seleccion|"
                    + "apply|applications?|candidates?|mailer|bounce|postmaster)([._+-].*)?$",
            Pattern.CASE_INSENSITIVE);

    /** The first e-mail address in the text, or null. */
    static String address(String text) {
        if (text == null) {
            return null;
        }
        Matcher address = ADDRESS.matcher(text);
        return address.find() ? address.group() : null;
    }

    /** The display name of a sender line ({@code "Ana Ruiz" <ana@x.com>}), or null when it has none. */
    static String displayName(String from) {
        if (from == null) {
            return null;
        }
        int angle = from.indexOf('<');
        String name = (angle >= 0
                        ? from.substring(0, angle)
                        : ADDRESS.matcher(from).replaceAll(""))
                .replace("\"", "")
                .strip();
        return name.isEmpty() ? null : name;
    }

    /** Whether a name or domain is an applicant-tracking system's or a job site's. */
    static boolean isSystem(String nameOrDomain) {
        return SYSTEM_NAME.matcher(nameOrDomain.toLowerCase(Locale.ROOT)).find();
    }

    /** Any of {@link #SYSTEMS} as a word, compiled once: it is asked several times for every e-mail. */
    private static final Pattern SYSTEM_NAME = Pattern.compile("\\b(" + String.join("|", SYSTEMS) + ")\\b");

    /** Whether someone can be written to at this address: a person's own, not a mailbox or a system's. */
    static boolean personal(String address) {
        if (address == null) {
            return false;
        }
        int at = address.indexOf('@');
        return !MAILBOX.matcher(address.substring(0, at)).matches() && !isSystem(address.substring(at + 1));
    }

    /** The company a sender's domain names ({@code careers.northwind-traders.com} is Northwind Traders), or null. */
    static String companyOfDomain(String address) {
        if (address == null) {
            return null;
        }
        String domain = address.substring(address.indexOf('@') + 1).toLowerCase(Locale.ROOT);
        if (isSystem(domain)) {
            return null;
        }
        String[] labels = domain.split("\\.");
        if (labels.length < 2) {
            return null;
        }
        // The label before the public suffix: acme.co.uk is acme, mail.acme.com is acme.
        int index = labels.length - 2;
        if (labels.length >= 3 && labels[index].length() <= 3 && labels[labels.length - 1].length() == 2) {
            index--;
        }
        String label = labels[index];
        if (FREE_MAIL.contains(label)) {
            return null;
        }
        StringBuilder company = new StringBuilder();
        for (String word : label.split("-")) {
            if (!word.isEmpty()) {
                company.append(company.length() == 0 ? "" : " ")
                        .append(Character.toUpperCase(word.charAt(0)))
                        .append(word.substring(1));
            }
        }
        return company.length() == 0 ? null : company.toString();
    }
}
