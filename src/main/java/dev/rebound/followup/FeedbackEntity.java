package dev.rebound.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What the employer answered when asked for feedback; at most one per rejection. */
@Entity
@Table(name = "feedback")
public class FeedbackEntity extends AttachedDocument {

    public LocalDate receivedOn;

    public String summary;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> points = new ArrayList<>();
}
