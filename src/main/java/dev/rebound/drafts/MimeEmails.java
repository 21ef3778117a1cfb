package dev.rebound.drafts;

import dev.rebound.problem.FieldError;
import dev.rebound.problem.ProblemException;
import dev.rebound.problem.ProblemType;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a raw e-mail (RFC 5322, MIME) with Angus Mail into the text a draft is read from: its sender, subject and
 * date lines, then the plain-text part, or the HTML part turned into text when there is no plain one. Nested parts
 * are followed to a bounded depth, so no message can make the reading run away.
 */
final class MimeEmails {

    private static final int MAX_DEPTH = 8;
    private static final int MAX_PARTS = 64;
    private static final Session SESSION = Session.getInstance(new Properties());

    private static final Pattern SCRIPTS = Pattern.compile("(?is)<(script|style|head)\\b.*?</\\1\\s*>");
    private static final Pattern BREAKS = Pattern.compile("(?i)<br\\s*/?>|</(p|div|tr|li|h[1-6]|table)\\s*>");
    private static final Pattern TAGS = Pattern.compile("<[^>]*>");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\u00A0]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
    private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|[a-zA-Z]+);");

    private MimeEmails() {}

    /** The message as text: header lines a draft reads, a blank line, then the body. */
    static String text(byte[] message) {
        try {
            MimeMessage mime = new MimeMessage(SESSION, new ByteArrayInputStream(message));
            StringBuilder text = new StringBuilder();
            line(text, "From", decoded(mime.getHeader("From", ", ")));
            line(text, "Date", mime.getHeader("Date", null));
            line(text, "Subject", decoded(mime.getHeader("Subject", null)));
            Body body = new Body();
            body.collect(mime, 0);
            return text.append('\n').append(body.best()).toString();
        } catch (MessagingException | IOException | RuntimeException e) {
            throw new ProblemException(
                    ProblemType.MALFORMED_BODY,
                    "The message cannot be read as an e-mail (RFC 5322 with MIME parts).",
                    List.of(new FieldError("body", "is not a readable e-mail")));
        }
    }

    private static void line(StringBuilder text, String name, String value) {
        if (value != null && !value.isBlank()) {
            text.append(name)
                    .append(": ")
                    .append(value.replaceAll("[\\r\\n]+\\s*", " ").strip())
                    .append('\n');
        }
    }

    private static String decoded(String header) {
        if (header == null) {
            return null;
        }
        try {
            return MimeUtility.decodeText(MimeUtility.unfold(header));
        } catch (IOException e) {
            return header;
        }
    }

    /** The first plain-text part, and the first HTML one, of a message. */
    private static final class Body {
        private String plain;
        private String html;
        private int parts;

        void collect(Part part, int depth) throws MessagingException, IOException {
            if (depth > MAX_DEPTH || ++parts > MAX_PARTS || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                return;
            }
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    collect(child, depth + 1);
                }
            } else if (part.isMimeType("message/rfc822") && part.getContent() instanceof Part forwarded) {
                collect(forwarded, depth + 1);
            } else if (part.isMimeType("text/plain") && plain == null) {
                plain = content(part);
            } else if (part.isMimeType("text/html") && html == null) {
                html = content(part);
            }
        }

        String best() {
            if (plain != null && !plain.isBlank()) {
                return plain;
            }
            return html == null ? "" : textOfHtml(html);
        }
    }

    private static String content(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof String text) {
            return text;
        }
        if (content instanceof InputStream stream) {
            try (stream) {
                return new String(stream.readNBytes(512 * 1024), StandardCharsets.UTF_8);
            }
        }
        return "";
    }

    /** HTML as plain text: scripts and styles dropped, tags taken out, entities read, breaks kept as lines. */
    static String textOfHtml(String html) {
        String text = SCRIPTS.matcher(html).replaceAll(" ");
        text = BREAKS.matcher(text).replaceAll("\n");
        text = TAGS.matcher(text).replaceAll("");
        text = entities(text);
        text = SPACES.matcher(text).replaceAll(" ");
        text = text.lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse("");
        return BLANK_LINES.matcher(text).replaceAll("\n\n").strip();
    }

    private static String entities(String text) {
        StringBuilder out = new StringBuilder();
        Matcher entity = ENTITY.matcher(text);
        while (entity.find()) {
            entity.appendReplacement(out, Matcher.quoteReplacement(entity(entity.group(1))));
        }
        entity.appendTail(out);
        return out.toString();
    }

    private static String entity(String name) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
            }
            if (name.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(1))));
            }
        } catch (IllegalArgumentException e) {
            return "";
        }
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            case "aacute" -> "á";
            case "eacute" -> "é";
            case "iacute" -> "í";
            case "oacute" -> "ó";
            case "uacute" -> "ú";
            case "ntilde" -> "ñ";
            case "Aacute" -> "Á";
            case "Eacute" -> "É";
            case "Iacute" -> "Í";
            case "Oacute" -> "Ó";
            case "Uacute" -> "Ú";
            case "Ntilde" -> "Ñ";
            case "uuml" -> "ü";
            case "iexcl" -> "¡";
            case "iquest" -> "¿";
            case "rsquo", "lsquo" -> "'";
            case "rdquo", "ldquo" -> "\"";
            case "ndash" -> "–";
            case "mdash" -> "—";
            case "hellip" -> "…";
            default -> "";
        };
    }
}
