-- Photos a phone uploads ahead of the record that uses them (the outbox sends photos first): kept for their
-- uploader only, for 24 hours; a visit or an issue created with their ids copies them into its own photos and marks
-- them used (the bytes are dropped then). The purge deletes what expired.
CREATE TABLE photo_upload (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    uploader_id     BIGINT      NOT NULL,
    content_type    VARCHAR(32) NOT NULL,
    size_bytes      INT         NOT NULL,
    data            LONGBLOB    NOT NULL,
    created_at      DATETIME(6) NOT NULL,
    expires_at      DATETIME(6) NOT NULL,
    used_at         DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_photo_upload_uploader FOREIGN KEY (uploader_id) REFERENCES staff (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_photo_upload_expires ON photo_upload (expires_at);

-- The time a device claims it recorded the write (header Device-Recorded-At), kept beside the server's own time;
-- shown to the office, never used by a rule.
ALTER TABLE visit ADD COLUMN device_recorded_at DATETIME(6) NULL;
ALTER TABLE issue ADD COLUMN device_recorded_at DATETIME(6) NULL;
ALTER TABLE issue_event ADD COLUMN device_recorded_at DATETIME(6) NULL;
