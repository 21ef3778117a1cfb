-- btree_gin lets one GIN index lead with owner_id, so owner-scoped search and tag filters stay on a single index.
CREATE EXTENSION IF NOT EXISTS btree_gin;

CREATE TABLE rejection (
    id                 uuid        PRIMARY KEY,
    owner_id           text        NOT NULL,
    company            text        NOT NULL CHECK (char_length(company) BETWEEN 1 AND 200),
    role               text        NOT NULL CHECK (char_length(role) BETWEEN 1 AND 200),
    stage_reached      text        NOT NULL,
    interview_round    integer     CHECK (interview_round BETWEEN 1 AND 20),
    interview_format   text        NOT NULL,
    notified_via       text        NOT NULL,
    rejected_on        date        NOT NULL,
    applied_on         date        CHECK (applied_on <= rejected_on),
    reason             text        NOT NULL,
    reason_detail      text        CHECK (char_length(reason_detail) <= 2000),
    contact_name       text        CHECK (char_length(contact_name) <= 200),
    contact_title      text        CHECK (char_length(contact_title) <= 200),
    contact_email      text        CHECK (char_length(contact_email) <= 254),
    internal_candidate boolean     NOT NULL DEFAULT false,
    job_posting_url    text        CHECK (char_length(job_posting_url) <= 2048),
    self_assessment    integer     CHECK (self_assessment BETWEEN 1 AND 5),
    notes              text        CHECK (char_length(notes) <= 20000),
    tags               text[]      NOT NULL DEFAULT '{}' CHECK (cardinality(tags) <= 20),
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    version            bigint      NOT NULL DEFAULT 0,
    -- 'simple' configuration: no stemming or stop words, so English and Spanish text match alike.
    search_vector      tsvector    GENERATED ALWAYS AS (
        to_tsvector('simple',
            company || ' ' || role || ' ' || coalesce(reason_detail, '') || ' ' || coalesce(notes, ''))
    ) STORED
);

-- Every query is scoped to one owner; each index leads with owner_id.
CREATE INDEX rejection_owner_rejected_on_idx ON rejection (owner_id, rejected_on DESC, created_at DESC, id DESC);
CREATE INDEX rejection_owner_created_at_idx ON rejection (owner_id, created_at DESC, id DESC);
CREATE INDEX rejection_owner_company_idx ON rejection (owner_id, lower(company));
CREATE INDEX rejection_owner_search_idx ON rejection USING gin (owner_id, search_vector);
CREATE INDEX rejection_owner_tags_idx ON rejection USING gin (owner_id, tags);
