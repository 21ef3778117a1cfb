package dev.rebound.drafts;

import static org.assertj.core.api.Assertions.assertThatCode;

import dev.rebound.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random bytes, broken MIME and deep nesting: a message is read, or refused with a problem, never anything else. */
class MimeEmailsPropertiesTest {

    @Property(tries = 300)
    void anyBytesAreReadOrRefusedWithAProblem(@ForAll("messages") byte[] message) {
        assertThatCode(() -> {
                    try {
                        String text = MimeEmails.text(message);
                        DraftRules.read(
                                Email.pasted(text, null, null), null, LocalDate.of(2026, 12, 6), ZoneOffset.UTC);
                    } catch (ProblemException refused) {
                        // a clear 400
                    }
                })
                .doesNotThrowAnyException();
    }

    @Provide
    Arbitrary<byte[]> messages() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(2000);
        Arbitrary<byte[]> nested = Arbitraries.integers().between(1, 60).map(depth -> {
            StringBuilder mime = new StringBuilder("Subject: deep\r\n");
            for (int i = 0; i < depth; i++) {
                mime.append("Content-Type: multipart/mixed; boundary=\"b")
                        .append(i)
                        .append("\"\r\n\r\n--b")
                        .append(i)
                        .append("\r\n");
            }
            mime.append(
                    "Content-Type: text/plain\r\n\r\nUnfortunately we decided to move forward with other candidates.");
            return mime.toString().getBytes(StandardCharsets.UTF_8);
        });
        Arbitrary<byte[]> headers = Arbitraries.strings()
                .ofMaxLength(3000)
                .map(value -> ("From: " + value + "\r\nSubject: " + value + "\r\nDate: " + value + "\r\n\r\nbody")
                        .getBytes(StandardCharsets.UTF_8));
        return Arbitraries.oneOf(random, nested, headers);
    }
}
