package dev.rebound.followup;

import dev.rebound.api.model.Reflection;
import dev.rebound.security.CurrentOwner;
import jakarta.ws.rs.Path;

/** What the person learned from a rejection: one reflection per rejection. */
@Path("/v1/rejections/{id}/reflection")
public class ReflectionResource extends AttachedDocumentResource<Reflection> {

    public ReflectionResource(ReflectionService service, CurrentOwner owner) {
        super(service, owner);
    }
}
