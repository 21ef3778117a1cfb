package dev.rebound.rejection;

import dev.rebound.api.model.InterviewFormat;
import dev.rebound.api.model.NotifiedVia;
import dev.rebound.api.model.PlanAction;
import dev.rebound.api.model.RecordStatus;
import dev.rebound.api.model.RejectionReason;
import dev.rebound.api.model.StageReached;
import dev.rebound.db.VersionedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One job rejection, owned by the person whose token created it. */
@Entity
@Table(name = "rejection")
public class RejectionEntity extends VersionedEntity {

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public String ownerId;

    public String company;

    public String role;

    @Enumerated(EnumType.STRING)
    public StageReached stageReached;

    public Integer interviewRound;

    @Enumerated(EnumType.STRING)
    public InterviewFormat interviewFormat;

    @Enumerated(EnumType.STRING)
    public NotifiedVia notifiedVia;

    public LocalDate rejectedOn;

    public LocalDate appliedOn;

    @Enumerated(EnumType.STRING)
    public RejectionReason reason;

    public String reasonDetail;

    @Embedded
    public ContactEntity contact;

    public boolean internalCandidate;

    public String jobPostingUrl;

    public Integer selfAssessment;

    public String notes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> tags = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public RecordStatus status = RecordStatus.NEW;

    /** Stored when the record is created; the set of actions never changes afterwards. */
    @OneToMany(mappedBy = "rejection", cascade = CascadeType.ALL, orphanRemoval = true)
    public List<TrackedStepEntity> plan = new ArrayList<>();

    public Optional<TrackedStepEntity> step(PlanAction action) {
        return plan.stream().filter(step -> step.action() == action).findFirst();
    }
}
