package dev.rebound.followup;

import dev.rebound.api.model.Feedback;
import dev.rebound.security.CurrentOwner;
import jakarta.ws.rs.Path;

/** What the employer answered to a feedback request: one per rejection. */
@Path("/v1/rejections/{id}/feedback")
public class FeedbackResource extends AttachedDocumentResource<Feedback> {

    public FeedbackResource(FeedbackService service, CurrentOwner owner) {
        super(service, owner);
    }
}
