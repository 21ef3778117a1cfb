package dev.rebound.followup;

import dev.rebound.api.model.ReflectionAnswer;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What the person learned from a rejection; at most one per rejection. */
@Entity
@Table(name = "reflection")
public class ReflectionEntity extends AttachedDocument {

    @JdbcTypeCode(SqlTypes.JSON)
    public List<ReflectionAnswer> answers = new ArrayList<>();

    public String lessons;

    /** Enum names; kept as text so that insights can count them with plain SQL. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> improvementAreas = new ArrayList<>();

    public boolean lettingGo;

    /** The owner's day of the first save; later saves keep it. */
    @Column(updatable = false)
    public LocalDate reflectedOn;
}
