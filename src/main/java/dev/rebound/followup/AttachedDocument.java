package dev.rebound.followup;

import dev.rebound.db.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;

/**
 * What every document kept beside a record has: the record it belongs to (its key, so at most one of each kind
 * per record), the owner, its times and its version (the ETag).
 */
@MappedSuperclass
public abstract class AttachedDocument extends VersionedEntity {

    @Id
    public UUID rejectionId;

    @Column(nullable = false, updatable = false)
    public String ownerId;
}
