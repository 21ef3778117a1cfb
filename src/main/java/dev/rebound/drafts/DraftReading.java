package dev.rebound.drafts;

import dev.rebound.vocabulary.MessageLocale;
import java.util.List;

/**
 * What an e-mail says: whether it is a rejection and how surely, its language when Rebound writes in it, each field
 * of a record it fills with the words it came from, and the required fields it leaves open.
 *
 * @param found the fields filled, in the order of a record's fields; empty when it is not a rejection
 * @param missing the required fields of a record left open; empty when it is not a rejection
 */
public record DraftReading(
        boolean rejection, double confidence, MessageLocale language, List<Found> found, List<String> missing) {

    /**
     * One field: {@code contact.name} for a contact's part.
     *
     * @param evidence the exact words of the e-mail the value came from, or null when it came from none
     */
    public record Found(String field, Object value, double confidence, String evidence) {}
}
