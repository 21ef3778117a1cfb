package dev.rebound.db;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * What every stored aggregate has besides its own columns: when it was created and last changed, and its version,
 * which optimistic locking checks and the API sends as the ETag.
 */
@MappedSuperclass
public abstract class VersionedEntity {

    @Column(updatable = false)
    public Instant createdAt;

    public Instant updatedAt;

    @Version
    public long version;
}
