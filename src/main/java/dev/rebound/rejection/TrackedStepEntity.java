package dev.rebound.rejection;

import dev.rebound.api.model.PlanAction;
import dev.rebound.api.model.StepStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** One step of a rejection's stored plan, with what the person did about it. */
@Entity
@Table(name = "plan_step")
public class TrackedStepEntity {

    @EmbeddedId
    public Key key;

    @MapsId("rejectionId")
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "rejection_id")
    public RejectionEntity rejection;

    @Column(nullable = false, updatable = false)
    public String ownerId;

    /** The action's place in the canonical order, which breaks ties between steps due the same day. */
    public short position;

    public LocalDate due;

    @Enumerated(EnumType.STRING)
    public StepStatus status;

    public LocalDate doneOn;

    public LocalDate snoozedUntil;

    public PlanAction action() {
        return key.action;
    }

    static TrackedStepEntity pending(RejectionEntity rejection, PlanAction action, LocalDate due) {
        TrackedStepEntity step = new TrackedStepEntity();
        step.key = new Key(rejection.id, action);
        step.rejection = rejection;
        step.ownerId = rejection.ownerId;
        step.position = (short) action.ordinal();
        step.due = due;
        step.status = StepStatus.PENDING;
        return step;
    }

    @Embeddable
    public static class Key implements Serializable {

        public UUID rejectionId;

        @Enumerated(EnumType.STRING)
        public PlanAction action;

        protected Key() {}

        Key(UUID rejectionId, PlanAction action) {
            this.rejectionId = rejectionId;
            this.action = action;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(rejectionId, key.rejectionId) && action == key.action;
        }

        @Override
        public int hashCode() {
            return Objects.hash(rejectionId, action);
        }
    }
}
