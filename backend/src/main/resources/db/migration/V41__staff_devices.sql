-- The devices a staff account syncs its offline work from (issue 17): each phone reports after every successful
-- sync, so that an administrator sees, before disabling the account, which devices still held unsent items. The
-- device makes its own id (a UUID); the unique key decides between two first reports that arrive together.
CREATE TABLE staff_device (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    staff_id      BIGINT       NOT NULL,
    device_id     VARCHAR(36)  NOT NULL,
    label         VARCHAR(120) NOT NULL,
    user_agent    VARCHAR(255) NULL,
    unsent_count  INT          NOT NULL,
    first_seen_at DATETIME(6)  NOT NULL,
    last_sync_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_staff_device UNIQUE (staff_id, device_id),
    CONSTRAINT fk_staff_device_staff FOREIGN KEY (staff_id) REFERENCES staff (id) ON DELETE CASCADE,
    CONSTRAINT ck_staff_device_unsent CHECK (unsent_count >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
