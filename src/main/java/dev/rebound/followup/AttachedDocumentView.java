package dev.rebound.followup;

/** A document kept beside a record, as the API returns it. */
public interface AttachedDocumentView {

    /** The stored version, sent as the ETag. */
    long version();
}
