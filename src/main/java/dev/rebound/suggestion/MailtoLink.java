package dev.rebound.suggestion;

import java.nio.charset.StandardCharsets;

/** RFC 6068 {@code mailto:} links that open a ready-to-send e-mail in the person's mail app. */
public final class MailtoLink {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private MailtoLink() {}

    /** {@code to} may be {@code null}: the link then opens a draft with no recipient. */
    public static String of(String to, String subject, String body) {
        StringBuilder link = new StringBuilder("mailto:");
        if (to != null) {
            link.append(encode(to, true));
        }
        link.append("?subject=").append(encode(subject, false));
        link.append("&body=").append(encode(body.replace("\r\n", "\n").replace("\n", "\r\n"), false));
        return link.toString();
    }

    /**
     * Percent-encodes UTF-8 bytes, keeping only RFC 3986 unreserved characters (and {@code @} and
     * {@code +}, which RFC 6068 allows as they are, in the address). Unlike {@code URLEncoder}, spaces become {@code %20}, never {@code +}.
     */
    static String encode(String text, boolean address) {
        StringBuilder encoded = new StringBuilder(text.length() * 2);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '.'
                    || c == '_'
                    || c == '~'
                    || (address && (c == '@' || c == '+'))) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return encoded.toString();
    }
}
