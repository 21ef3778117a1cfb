package dev.rebound.imports;

import java.util.List;

/**
 * A field of a record that a spreadsheet column can fill, with the headers that name it: the field's own name
 * (as in our CSV export) first, then its usual names in English and Spanish.
 */
public enum ImportField {
    COMPANY("company", "Employer", "Empresa"),
    ROLE("role", "Position", "Job title", "Puesto", "Cargo"),
    STAGE_REACHED("stageReached", "Stage", "Etapa", "Fase", "Etapa alcanzada"),
    INTERVIEW_ROUND("interviewRound", "Round", "Ronda", "Ronda de entrevista"),
    INTERVIEW_FORMAT("interviewFormat", "Formato de entrevista"),
    NOTIFIED_VIA("notifiedVia", "Channel", "Canal"),
    REJECTED_ON("rejectedOn", "Rejection date", "Date", "Fecha", "Fecha de rechazo"),
    APPLIED_ON("appliedOn", "Application date", "Fecha de solicitud"),
    REASON("reason", "Motivo"),
    REASON_DETAIL("reasonDetail", "Detalle del motivo"),
    CONTACT_NAME("contactName", "Contact", "Contacto", "Nombre del contacto"),
    CONTACT_TITLE("contactTitle", "Cargo del contacto"),
    CONTACT_EMAIL("contactEmail", "Email del contacto", "Correo del contacto"),
    INTERNAL_CANDIDATE("internalCandidate", "Candidato interno"),
    JOB_POSTING_URL("jobPostingUrl", "URL", "Job posting", "Enlace de la oferta"),
    SELF_ASSESSMENT("selfAssessment", "Autoevaluación"),
    NOTES("notes", "Notas"),
    TAGS("tags", "Etiquetas");

    private final List<String> headers;

    ImportField(String... headers) {
        this.headers = List.of(headers);
    }

    /** The names a header may give this field; compared as {@link ImportColumns#normalized} writes them. */
    public List<String> headers() {
        return headers;
    }
}
