-- Resident talk days (居民说事日) and the issues residents raise: categories with time limits, the issue itself with
-- its first-responsible person and deadline, its timeline, deadline extensions and photos.
-- area_path copies the most specific area (building, grid or community) so scope filters need no join.

CREATE TABLE issue_category (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    sub_district_id  BIGINT      NULL,
    sub_district_key BIGINT      AS (COALESCE(sub_district_id, 0)) STORED,
    code             VARCHAR(32) NOT NULL,
    name             VARCHAR(64) NOT NULL,
    time_limit_days  INT         NOT NULL,
    sort_order       INT         NOT NULL DEFAULT 0,
    active           BOOLEAN     NOT NULL DEFAULT TRUE,
    version          BIGINT      NOT NULL DEFAULT 0,
    created_at       DATETIME(6) NOT NULL,
    updated_at       DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_issue_category_sub_district FOREIGN KEY (sub_district_id) REFERENCES area (id),
    CONSTRAINT uq_issue_category_code UNIQUE (code, sub_district_key),
    CONSTRAINT ck_issue_category_limit CHECK (time_limit_days BETWEEN 1 AND 60)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

INSERT INTO issue_category (sub_district_id, code, name, time_limit_days, sort_order, active, version, created_at, updated_at) VALUES
    (NULL, 'WATER', '供水', 3, 1, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'POWER', '供电', 3, 2, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'HEATING', '供暖', 3, 3, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'GAS', '燃气', 1, 4, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'ROADS_LIGHTING', '道路照明', 5, 5, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'SANITATION', '环境卫生', 3, 6, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'PROPERTY', '物业管理', 5, 7, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'NEIGHBOUR_DISPUTE', '邻里纠纷', 7, 8, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'FAMILY_CONFLICT', '家庭矛盾', 7, 9, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'PUBLIC_SECURITY', '治安', 2, 10, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'SOCIAL_ASSISTANCE', '社会救助', 10, 11, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'OTHER', '其他', 10, 12, TRUE, 0, NOW(6), NOW(6));

CREATE TABLE talk_day (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    community_id     BIGINT        NOT NULL,
    area_path        VARCHAR(255)  NOT NULL,
    held_on          DATE          NOT NULL,
    start_time       TIME          NOT NULL,
    end_time         TIME          NOT NULL,
    place            VARCHAR(200)  NOT NULL,
    topic            VARCHAR(200)  NULL,
    hosts            VARCHAR(500)  NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    attendance_count INT           NULL,
    attendees        VARCHAR(2000) NULL,
    minutes          TEXT          NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_talk_day_community FOREIGN KEY (community_id) REFERENCES area (id),
    CONSTRAINT ck_talk_day_status CHECK (status IN ('PLANNED', 'HELD', 'CANCELLED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_talk_day_path ON talk_day (area_path, held_on);
CREATE INDEX ix_talk_day_date ON talk_day (held_on);

CREATE TABLE issue (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    category_id           BIGINT        NOT NULL,
    description           VARCHAR(2000) NOT NULL,
    urgency               VARCHAR(16)   NOT NULL,
    channel               VARCHAR(16)   NOT NULL,
    talk_day_id           BIGINT        NULL,
    community_id          BIGINT        NOT NULL,
    grid_id               BIGINT        NULL,
    building_id           BIGINT        NULL,
    household_id          BIGINT        NULL,
    address               VARCHAR(200)  NULL,
    area_path             VARCHAR(255)  NOT NULL,
    resident_id           BIGINT        NULL,
    reporter_name         VARCHAR(64)   NOT NULL,
    reporter_phone_enc    VARCHAR(255)  NULL,
    reporter_phone_hash   CHAR(64)      NULL,
    reporter_phone_masked VARCHAR(32)   NULL,
    status                VARCHAR(16)   NOT NULL,
    escalated             BOOLEAN       NOT NULL DEFAULT FALSE,
    received_by_id        BIGINT        NOT NULL,
    first_responsible_id  BIGINT        NOT NULL,
    handler_id            BIGINT        NULL,
    received_at           DATETIME(6)   NOT NULL,
    due_at                DATETIME(6)   NOT NULL,
    warn_at               DATETIME(6)   NOT NULL,
    accepted_at           DATETIME(6)   NULL,
    resolved_at           DATETIME(6)   NULL,
    closed_at             DATETIME(6)   NULL,
    rejection_reason      VARCHAR(500)  NULL,
    satisfaction          VARCHAR(24)   NULL,
    unsatisfied_count     INT           NOT NULL DEFAULT 0,
    reopen_count          INT           NOT NULL DEFAULT 0,
    overdue_marked_at     DATETIME(6)   NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    created_at            DATETIME(6)   NOT NULL,
    updated_at            DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_issue_category FOREIGN KEY (category_id) REFERENCES issue_category (id),
    CONSTRAINT fk_issue_talk_day FOREIGN KEY (talk_day_id) REFERENCES talk_day (id),
    CONSTRAINT fk_issue_community FOREIGN KEY (community_id) REFERENCES area (id),
    CONSTRAINT fk_issue_grid FOREIGN KEY (grid_id) REFERENCES area (id),
    CONSTRAINT fk_issue_building FOREIGN KEY (building_id) REFERENCES area (id),
    CONSTRAINT fk_issue_household FOREIGN KEY (household_id) REFERENCES household (id),
    CONSTRAINT fk_issue_resident FOREIGN KEY (resident_id) REFERENCES resident (id),
    CONSTRAINT fk_issue_received_by FOREIGN KEY (received_by_id) REFERENCES staff (id),
    CONSTRAINT fk_issue_first_responsible FOREIGN KEY (first_responsible_id) REFERENCES staff (id),
    CONSTRAINT fk_issue_handler FOREIGN KEY (handler_id) REFERENCES staff (id),
    CONSTRAINT ck_issue_status CHECK (status IN ('RECEIVED', 'ACCEPTED', 'REJECTED', 'ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Lists filter by scope path and order by time; the personal lists by handler / first-responsible person;
-- statistics scan by received_at and due_at; the overdue job by (status, due_at).
CREATE INDEX ix_issue_path ON issue (area_path, received_at);
CREATE INDEX ix_issue_received ON issue (received_at);
CREATE INDEX ix_issue_due ON issue (due_at);
CREATE INDEX ix_issue_status_due ON issue (status, due_at);
CREATE INDEX ix_issue_handler ON issue (handler_id, status);
CREATE INDEX ix_issue_first_responsible ON issue (first_responsible_id, status);

CREATE TABLE issue_event (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    issue_id    BIGINT        NOT NULL,
    type        VARCHAR(24)   NOT NULL,
    from_status VARCHAR(16)   NULL,
    to_status   VARCHAR(16)   NULL,
    actor_id    BIGINT        NULL,
    at          DATETIME(6)   NOT NULL,
    comment     VARCHAR(1000) NULL,
    detail      VARCHAR(500)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_issue_event_issue FOREIGN KEY (issue_id) REFERENCES issue (id),
    CONSTRAINT fk_issue_event_actor FOREIGN KEY (actor_id) REFERENCES staff (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_issue_event_issue ON issue_event (issue_id, id);

CREATE TABLE issue_extension (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    issue_id         BIGINT       NOT NULL,
    days             INT          NOT NULL,
    reason           VARCHAR(500) NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    requested_by_id  BIGINT       NOT NULL,
    requested_at     DATETIME(6)  NOT NULL,
    decided_by_id    BIGINT       NULL,
    decided_at       DATETIME(6)  NULL,
    decision_comment VARCHAR(500) NULL,
    previous_due_at  DATETIME(6)  NULL,
    new_due_at       DATETIME(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_issue_extension_issue FOREIGN KEY (issue_id) REFERENCES issue (id),
    CONSTRAINT fk_issue_extension_requested_by FOREIGN KEY (requested_by_id) REFERENCES staff (id),
    CONSTRAINT fk_issue_extension_decided_by FOREIGN KEY (decided_by_id) REFERENCES staff (id),
    CONSTRAINT ck_issue_extension_status CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_issue_extension_issue ON issue_extension (issue_id);

CREATE TABLE issue_photo (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    issue_id       BIGINT      NOT NULL,
    content_type   VARCHAR(32) NOT NULL,
    size_bytes     INT         NOT NULL,
    data           LONGBLOB    NOT NULL,
    uploaded_by_id BIGINT      NOT NULL,
    uploaded_at    DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_issue_photo_issue FOREIGN KEY (issue_id) REFERENCES issue (id),
    CONSTRAINT fk_issue_photo_uploaded_by FOREIGN KEY (uploaded_by_id) REFERENCES staff (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_issue_photo_issue ON issue_photo (issue_id);
