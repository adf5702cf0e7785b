-- In-app notifications (issue 13): one row per recipient and event, written in the same transaction as the event.
-- The issue's number and category name are copied so a notice reads the same after the issue changes; the issue's
-- area path keeps the list inside the recipient's scope like every other list.
CREATE TABLE notification (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    recipient_id     BIGINT       NOT NULL,
    kind             VARCHAR(40)  NOT NULL,
    -- EXTENSION_DECIDED only: whether the extension was approved
    approved         BOOLEAN      NULL,
    issue_id         BIGINT       NOT NULL,
    issue_number     VARCHAR(32)  NOT NULL,
    issue_category   VARCHAR(64)  NOT NULL,
    area_id          BIGINT       NOT NULL,
    area_path        VARCHAR(255) NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    read_at          DATETIME(6)  NULL,
    -- scheduled notices (due soon, overdue): kind, recipient, issue and deadline, so each is created once;
    -- null for the others (a unique index admits any number of nulls)
    dedup_key        VARCHAR(120) NULL,
    -- delivery beyond the app (SMS, WeChat work message): PENDING until the sender answers after commit,
    -- then NOT_DELIVERED (no provider configured), DELIVERED or FAILED
    delivery         VARCHAR(16)  NOT NULL,
    delivery_channel VARCHAR(16)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_notification_dedup UNIQUE (dedup_key),
    CONSTRAINT fk_notification_recipient FOREIGN KEY (recipient_id) REFERENCES staff (id),
    CONSTRAINT fk_notification_issue FOREIGN KEY (issue_id) REFERENCES issue (id),
    CONSTRAINT fk_notification_area FOREIGN KEY (area_id) REFERENCES area (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- the caller's list, newest first; the unread ones and their count
CREATE INDEX ix_notification_recipient ON notification (recipient_id, id);
CREATE INDEX ix_notification_unread ON notification (recipient_id, read_at, id);

-- the scheduled check marks an issue due soon once per deadline, as it marks it overdue
ALTER TABLE issue ADD COLUMN due_soon_marked_at DATETIME(6) NULL;
