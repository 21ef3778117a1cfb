package dev.rebound.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What the person learned from a rejection; at most one per rejection. */
@Entity
@Table(name = "reflection")
public class Reflection {

    @Id
    @Column(name = "rejection_id")
    public UUID rejectionId;

    @Column(name = "owner_id", nullable = false, updatable = false)
    public String ownerId;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<ReflectionAnswer> answers = new ArrayList<>();

    public String lessons;

    /** Enum names; kept as text so that insights can count them with plain SQL. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "improvement_areas", columnDefinition = "text[]")
    public List<String> improvementAreas = new ArrayList<>();

    @Column(name = "letting_go")
    public boolean lettingGo;

    /** The owner's day of the first save; later saves keep it. */
    @Column(name = "reflected_on", updatable = false)
    public LocalDate reflectedOn;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
