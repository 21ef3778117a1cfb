package dev.rebound.drafts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rebound.api.model.RejectionDraft;
import dev.rebound.security.CurrentOwner;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import lombok.RequiredArgsConstructor;

/** A draft of a record from a rejection e-mail, pasted as text or sent as it was saved; nothing is stored. */
@Path("/v1/rejection-drafts")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@RequiredArgsConstructor
public class DraftResource {

    static final String MESSAGE_RFC822 = "message/rfc822";

    private final DraftService drafts;
    private final CurrentOwner owner;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public RejectionDraft fromPaste(ObjectNode body) {
        owner.id(); // nothing is stored, but a draft still needs a token that names its owner
        return drafts.fromPaste(body, owner.today(), owner.zone());
    }

    @POST
    @Consumes(MESSAGE_RFC822)
    public RejectionDraft fromMessage(byte[] message) {
        owner.id();
        return drafts.fromMessage(message, owner.today(), owner.zone());
    }
}
