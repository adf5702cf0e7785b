-- The first answer to each POST sent with an Idempotency-Key, per signed-in user (the token's subject) and key, so that
-- a phone's outbox can resend a write it never heard back from and get that answer again instead of a second record.
-- Keys are compared byte for byte (ascii_bin): "a1" and "A1" are two keys. claim_token tells the request that runs a
-- claim from one that took the claim over after its lease ran out, so that only the runner stores or releases it.
CREATE TABLE idempotency_key (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    subject          VARCHAR(255)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    idem_key         VARCHAR(255)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    fingerprint      CHAR(64)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    state            VARCHAR(16)   NOT NULL,
    claim_token      CHAR(36)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    response_status  INT           NULL,
    content_type     VARCHAR(255)  NULL,
    content_language VARCHAR(35)   NULL,
    location         VARCHAR(2048) NULL,
    etag             VARCHAR(255)  NULL,
    response_body    LONGBLOB      NULL,
    created_at       DATETIME(6)   NOT NULL,
    expires_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_idempotency_key UNIQUE (subject, idem_key),
    CONSTRAINT ck_idempotency_key_state CHECK (state IN ('IN_PROGRESS', 'DONE'))
);

-- the purge deletes by expiry
CREATE INDEX ix_idempotency_key_expiry ON idempotency_key (expires_at);
