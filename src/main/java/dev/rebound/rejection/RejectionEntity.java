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

    @Column(name = "owner_id", nullable = false, updatable = false)
    public String ownerId;

    public String company;

    public String role;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage_reached")
    public StageReached stageReached;

    @Column(name = "interview_round")
    public Integer interviewRound;

    @Enumerated(EnumType.STRING)
    @Column(name = "interview_format")
    public InterviewFormat interviewFormat;

    @Enumerated(EnumType.STRING)
    @Column(name = "notified_via")
    public NotifiedVia notifiedVia;

    @Column(name = "rejected_on")
    public LocalDate rejectedOn;

    @Column(name = "applied_on")
    public LocalDate appliedOn;

    @Enumerated(EnumType.STRING)
    public RejectionReason reason;

    @Column(name = "reason_detail")
    public String reasonDetail;

    @Embedded
    public ContactEntity contact;

    @Column(name = "internal_candidate")
    public boolean internalCandidate;

    @Column(name = "job_posting_url")
    public String jobPostingUrl;

    @Column(name = "self_assessment")
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
