-- Volunteer service (志愿服务, issue 14): volunteers, teams and their memberships, activities with sessions, posts and
-- sign-ups, and the hours ledger. Personal data as in the registry: *_enc (AES-GCM), *_hash (HMAC, exact search and
-- uniqueness), *_masked (shown). area_path copies the owning area's path so that scope filters need no join.

CREATE TABLE volunteer (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    -- the community the volunteer registered with (their scope as a volunteer account)
    community_id      BIGINT       NOT NULL,
    area_path         VARCHAR(255) NOT NULL,
    -- the registry's resident when the volunteer lives in the sub-district (one person, one profile)
    resident_id       BIGINT       NULL,
    -- the sign-in account (a staff row with the role volunteer), when the volunteer has one
    staff_id          BIGINT       NULL,
    name              VARCHAR(64)  NOT NULL,
    name_initials     VARCHAR(64)  NOT NULL,
    name_pinyin       VARCHAR(255) NOT NULL,
    gender            CHAR(1)      NOT NULL,
    birth_date        DATE         NOT NULL,
    id_card_enc       VARCHAR(255) NOT NULL,
    id_card_hash      CHAR(64)     NOT NULL,
    id_card_masked    VARCHAR(18)  NOT NULL,
    phone_enc         VARCHAR(255) NULL,
    phone_hash        CHAR(64)     NULL,
    phone_masked      VARCHAR(32)  NULL,
    political_status  VARCHAR(32)  NULL,
    availability      VARCHAR(200) NULL,
    -- the number in the national volunteer system (全国志愿服务信息系统), when known
    national_number   VARCHAR(64)  NULL,
    insurance_until   DATE         NULL,
    status            VARCHAR(16)  NOT NULL,
    status_reason     VARCHAR(500) NULL,
    registered_on     DATE         NOT NULL,
    -- running total of CONFIRMED ledger minutes (reversals included), kept by the ledger in the same transaction:
    -- star level, the star filter and the all-time ranking read it instead of summing the ledger
    confirmed_minutes BIGINT       NOT NULL DEFAULT 0,
    version           BIGINT       NOT NULL DEFAULT 0,
    created_at        DATETIME(6)  NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_volunteer_community FOREIGN KEY (community_id) REFERENCES area (id),
    CONSTRAINT fk_volunteer_resident FOREIGN KEY (resident_id) REFERENCES resident (id),
    CONSTRAINT fk_volunteer_staff FOREIGN KEY (staff_id) REFERENCES staff (id),
    CONSTRAINT uq_volunteer_id_card UNIQUE (id_card_hash),
    CONSTRAINT uq_volunteer_resident UNIQUE (resident_id),
    CONSTRAINT uq_volunteer_staff UNIQUE (staff_id),
    CONSTRAINT ck_volunteer_status CHECK (status IN ('ACTIVE', 'SUSPENDED', 'LEFT')),
    CONSTRAINT ck_volunteer_gender CHECK (gender IN ('M', 'F'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_volunteer_path_name ON volunteer (area_path, name, id);
CREATE INDEX ix_volunteer_initials ON volunteer (name_initials, id);
CREATE INDEX ix_volunteer_pinyin ON volunteer (name_pinyin, id);
CREATE INDEX ix_volunteer_phone ON volunteer (phone_hash);
CREATE INDEX ix_volunteer_minutes ON volunteer (area_path, confirmed_minutes, id);

-- every suffix of the name, as resident_name_part: "any part of the name" is a prefix match
CREATE TABLE volunteer_name_part (
    volunteer_id BIGINT      NOT NULL,
    part         VARCHAR(64) NOT NULL,
    PRIMARY KEY (volunteer_id, part),
    CONSTRAINT fk_volunteer_name_part FOREIGN KEY (volunteer_id) REFERENCES volunteer (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_volunteer_name_part ON volunteer_name_part (part, volunteer_id);

CREATE TABLE volunteer_skill (
    volunteer_id BIGINT      NOT NULL,
    code         VARCHAR(32) NOT NULL,
    PRIMARY KEY (volunteer_id, code),
    CONSTRAINT fk_volunteer_skill FOREIGN KEY (volunteer_id) REFERENCES volunteer (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_volunteer_skill_code ON volunteer_skill (code, volunteer_id);

-- 志愿服务队: a community's or the sub-district's (area_id is a community or a sub-district)
CREATE TABLE volunteer_team (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    area_id          BIGINT        NOT NULL,
    area_path        VARCHAR(255)  NOT NULL,
    name             VARCHAR(100)  NOT NULL,
    type_code        VARCHAR(32)   NOT NULL,
    founded_on       DATE          NULL,
    national_number  VARCHAR(64)   NULL,
    description      VARCHAR(1000) NULL,
    status           VARCHAR(16)   NOT NULL,
    dissolved_on     DATE          NULL,
    dissolved_reason VARCHAR(500)  NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_volunteer_team_area FOREIGN KEY (area_id) REFERENCES area (id),
    CONSTRAINT ck_volunteer_team_status CHECK (status IN ('ACTIVE', 'DISSOLVED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_volunteer_team_path ON volunteer_team (area_path, status, id);

-- dated memberships: a row is never deleted, leaving sets left_on (a person may be in several teams)
CREATE TABLE volunteer_team_member (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    team_id      BIGINT       NOT NULL,
    volunteer_id BIGINT       NOT NULL,
    role         VARCHAR(16)  NOT NULL,
    joined_on    DATE         NOT NULL,
    left_on      DATE         NULL,
    left_reason  VARCHAR(500) NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    created_at   DATETIME(6)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_team_member_team FOREIGN KEY (team_id) REFERENCES volunteer_team (id),
    CONSTRAINT fk_team_member_volunteer FOREIGN KEY (volunteer_id) REFERENCES volunteer (id),
    CONSTRAINT ck_team_member_role CHECK (role IN ('LEADER', 'DEPUTY', 'MEMBER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_team_member_team ON volunteer_team_member (team_id, left_on, volunteer_id);
CREATE INDEX ix_team_member_volunteer ON volunteer_team_member (volunteer_id, left_on, team_id);

-- an activity is organised by a team in a community (optionally one of its grids); area_path is the grid's or
-- the community's; starts_at/ends_at span its sessions (the calendar reads them)
CREATE TABLE volunteer_activity (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    team_id           BIGINT        NOT NULL,
    community_id      BIGINT        NOT NULL,
    grid_id           BIGINT        NULL,
    area_path         VARCHAR(255)  NOT NULL,
    title             VARCHAR(100)  NOT NULL,
    category_code     VARCHAR(32)   NOT NULL,
    description       VARCHAR(4000) NULL,
    place             VARCHAR(200)  NOT NULL,
    signup_mode       VARCHAR(16)   NOT NULL,
    min_age           INT           NULL,
    max_age           INT           NULL,
    members_only      BOOLEAN       NOT NULL DEFAULT FALSE,
    signup_deadline   DATETIME(6)   NULL,
    withdraw_deadline DATETIME(6)   NULL,
    status            VARCHAR(16)   NOT NULL,
    cancel_reason     VARCHAR(500)  NULL,
    starts_at         DATETIME(6)   NOT NULL,
    ends_at           DATETIME(6)   NOT NULL,
    published_at      DATETIME(6)   NULL,
    cancelled_at      DATETIME(6)   NULL,
    closed_at         DATETIME(6)   NULL,
    created_by        VARCHAR(64)   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_activity_team FOREIGN KEY (team_id) REFERENCES volunteer_team (id),
    CONSTRAINT fk_activity_community FOREIGN KEY (community_id) REFERENCES area (id),
    CONSTRAINT fk_activity_grid FOREIGN KEY (grid_id) REFERENCES area (id),
    CONSTRAINT ck_activity_signup_mode CHECK (signup_mode IN ('FIRST_COME', 'APPROVAL')),
    CONSTRAINT ck_activity_status
        CHECK (status IN ('DRAFT', 'PUBLISHED', 'IN_PROGRESS', 'ENDED', 'CLOSED', 'CANCELLED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_activity_path_start ON volunteer_activity (area_path, starts_at, id);
CREATE INDEX ix_activity_team_start ON volunteer_activity (team_id, starts_at, id);
CREATE INDEX ix_activity_status_start ON volunteer_activity (status, starts_at, id);

-- eligibility: a volunteer needs at least one of these skills (none listed: anyone)
CREATE TABLE volunteer_activity_skill (
    activity_id BIGINT      NOT NULL,
    code        VARCHAR(32) NOT NULL,
    PRIMARY KEY (activity_id, code),
    CONSTRAINT fk_activity_skill FOREIGN KEY (activity_id) REFERENCES volunteer_activity (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- the registry households the activity serves (e.g. elderly people living alone)
CREATE TABLE volunteer_activity_beneficiary (
    activity_id  BIGINT NOT NULL,
    household_id BIGINT NOT NULL,
    PRIMARY KEY (activity_id, household_id),
    CONSTRAINT fk_activity_beneficiary_activity
        FOREIGN KEY (activity_id) REFERENCES volunteer_activity (id) ON DELETE CASCADE,
    CONSTRAINT fk_activity_beneficiary_household FOREIGN KEY (household_id) REFERENCES household (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- 场次; checkin_secret seeds the rotating check-in code (never leaves the server)
CREATE TABLE volunteer_session (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    activity_id    BIGINT      NOT NULL,
    starts_at      DATETIME(6) NOT NULL,
    ends_at        DATETIME(6) NOT NULL,
    checkin_secret CHAR(64)    NOT NULL,
    version        BIGINT      NOT NULL DEFAULT 0,
    created_at     DATETIME(6) NOT NULL,
    updated_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_session_activity FOREIGN KEY (activity_id) REFERENCES volunteer_activity (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_session_activity ON volunteer_session (activity_id, starts_at);

-- 岗位 of a session; accepted_count is raised only by a conditional UPDATE (accepted_count < capacity), so
-- capacity holds under parallel sign-ups
CREATE TABLE volunteer_post (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    session_id     BIGINT      NOT NULL,
    name           VARCHAR(64) NOT NULL,
    capacity       INT         NOT NULL,
    accepted_count INT         NOT NULL DEFAULT 0,
    version        BIGINT      NOT NULL DEFAULT 0,
    created_at     DATETIME(6) NOT NULL,
    updated_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_post_session FOREIGN KEY (session_id) REFERENCES volunteer_session (id),
    CONSTRAINT ck_post_capacity CHECK (capacity > 0 AND accepted_count >= 0 AND accepted_count <= capacity)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_post_session ON volunteer_post (session_id);

-- a volunteer's sign-up for a post of a session, and its attendance. live_session_id is the session while the
-- sign-up is live (pending, accepted, waitlisted), so one volunteer holds at most one live sign-up per session.
CREATE TABLE volunteer_signup (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    activity_id     BIGINT        NOT NULL,
    session_id      BIGINT        NOT NULL,
    post_id         BIGINT        NOT NULL,
    volunteer_id    BIGINT        NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    live_session_id BIGINT AS (CASE WHEN status IN ('PENDING', 'ACCEPTED', 'WAITLISTED') THEN session_id END) STORED,
    -- waitlist order (and sign-up order)
    queued_at       DATETIME(6)   NOT NULL,
    reason          VARCHAR(500)  NULL,
    decided_by      VARCHAR(64)   NULL,
    decided_at      DATETIME(6)   NULL,
    attendance      VARCHAR(16)   NULL,
    checked_in_at   DATETIME(6)   NULL,
    checked_out_at  DATETIME(6)   NULL,
    check_in_lat    DECIMAL(9, 6) NULL,
    check_in_lng    DECIMAL(9, 6) NULL,
    check_out_lat   DECIMAL(9, 6) NULL,
    check_out_lng   DECIMAL(9, 6) NULL,
    marked_by       VARCHAR(64)   NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_signup_activity FOREIGN KEY (activity_id) REFERENCES volunteer_activity (id),
    CONSTRAINT fk_signup_session FOREIGN KEY (session_id) REFERENCES volunteer_session (id),
    CONSTRAINT fk_signup_post FOREIGN KEY (post_id) REFERENCES volunteer_post (id),
    CONSTRAINT fk_signup_volunteer FOREIGN KEY (volunteer_id) REFERENCES volunteer (id),
    CONSTRAINT uq_signup_live UNIQUE (volunteer_id, live_session_id),
    CONSTRAINT ck_signup_status
        CHECK (status IN ('PENDING', 'ACCEPTED', 'WAITLISTED', 'REJECTED', 'WITHDRAWN', 'CANCELLED')),
    CONSTRAINT ck_signup_attendance CHECK (attendance IN ('PRESENT', 'LATE', 'ON_LEAVE', 'ABSENT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_signup_post ON volunteer_signup (post_id, status, queued_at, id);
CREATE INDEX ix_signup_session ON volunteer_signup (session_id, status, id);
CREATE INDEX ix_signup_activity ON volunteer_signup (activity_id, status, id);
CREATE INDEX ix_signup_volunteer ON volunteer_signup (volunteer_id, status, id);

-- The hours ledger: append-only. A row's minutes never change; only its status moves SUBMITTED -> CONFIRMED or
-- REJECTED once. A correction is a REVERSAL row (minutes negated, reverses_id set) plus a new entry. The activity's
-- community, team and category are copied so statistics read one table; area_path is that community's (or the
-- volunteer's community for entries without an activity).
CREATE TABLE volunteer_hours_entry (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    volunteer_id  BIGINT        NOT NULL,
    source        VARCHAR(16)   NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    service_date  DATE          NOT NULL,
    minutes       INT           NOT NULL,
    activity_id   BIGINT        NULL,
    session_id    BIGINT        NULL,
    signup_id     BIGINT        NULL,
    team_id       BIGINT        NULL,
    category_code VARCHAR(32)   NULL,
    community_id  BIGINT        NOT NULL,
    area_path     VARCHAR(255)  NOT NULL,
    reverses_id   BIGINT        NULL,
    description   VARCHAR(500)  NULL,
    evidence      VARCHAR(1000) NULL,
    submitted_by  VARCHAR(64)   NOT NULL,
    submitted_at  DATETIME(6)   NOT NULL,
    decided_by    VARCHAR(64)   NULL,
    decided_at    DATETIME(6)   NULL,
    reject_reason VARCHAR(500)  NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_hours_volunteer FOREIGN KEY (volunteer_id) REFERENCES volunteer (id),
    CONSTRAINT fk_hours_activity FOREIGN KEY (activity_id) REFERENCES volunteer_activity (id),
    CONSTRAINT fk_hours_session FOREIGN KEY (session_id) REFERENCES volunteer_session (id),
    CONSTRAINT fk_hours_signup FOREIGN KEY (signup_id) REFERENCES volunteer_signup (id),
    CONSTRAINT fk_hours_team FOREIGN KEY (team_id) REFERENCES volunteer_team (id),
    CONSTRAINT fk_hours_community FOREIGN KEY (community_id) REFERENCES area (id),
    CONSTRAINT fk_hours_reverses FOREIGN KEY (reverses_id) REFERENCES volunteer_hours_entry (id),
    -- an entry is reversed at most once
    CONSTRAINT uq_hours_reverses UNIQUE (reverses_id),
    CONSTRAINT ck_hours_source CHECK (source IN ('ATTENDANCE', 'SELF_REPORT', 'BACKFILL', 'REVERSAL')),
    CONSTRAINT ck_hours_status CHECK (status IN ('SUBMITTED', 'CONFIRMED', 'REJECTED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_hours_volunteer ON volunteer_hours_entry (volunteer_id, service_date, id);
CREATE INDEX ix_hours_path_status ON volunteer_hours_entry (area_path, status, service_date, id);
CREATE INDEX ix_hours_status_date ON volunteer_hours_entry (status, service_date, volunteer_id);
CREATE INDEX ix_hours_activity ON volunteer_hours_entry (activity_id, status);
CREATE INDEX ix_hours_signup ON volunteer_hours_entry (signup_id);

-- a locked month of a sub-district: its entries change only through reversals dated in an open month
CREATE TABLE volunteer_hours_month_lock (
    sub_district_id BIGINT      NOT NULL,
    month           CHAR(7)     NOT NULL,
    locked_by       VARCHAR(64) NOT NULL,
    locked_at       DATETIME(6) NOT NULL,
    PRIMARY KEY (sub_district_id, month),
    CONSTRAINT fk_hours_lock_sub_district FOREIGN KEY (sub_district_id) REFERENCES area (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- 星级志愿者 thresholds as data: the platform defaults (sub_district_id NULL) or a sub-district's own
CREATE TABLE volunteer_star_level (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    sub_district_id  BIGINT      NULL,
    sub_district_key BIGINT AS (COALESCE(sub_district_id, 0)) STORED,
    star             INT         NOT NULL,
    min_hours        INT         NOT NULL,
    version          BIGINT      NOT NULL DEFAULT 0,
    created_at       DATETIME(6) NOT NULL,
    updated_at       DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_star_level_sub_district FOREIGN KEY (sub_district_id) REFERENCES area (id),
    CONSTRAINT uq_star_level UNIQUE (sub_district_key, star),
    CONSTRAINT ck_star_level CHECK (star BETWEEN 1 AND 5 AND min_hours > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

INSERT INTO volunteer_star_level (sub_district_id, star, min_hours, version, created_at, updated_at) VALUES
    (NULL, 1, 100, 0, NOW(6), NOW(6)),
    (NULL, 2, 300, 0, NOW(6), NOW(6)),
    (NULL, 3, 600, 0, NOW(6), NOW(6)),
    (NULL, 4, 1000, 0, NOW(6), NOW(6)),
    (NULL, 5, 1500, 0, NOW(6), NOW(6));

-- code lists: skills, team types (as the issue lists them) and activity categories
INSERT INTO dictionary_item (sub_district_id, category, code, name, name_en, sort_order, active, version, created_at, updated_at) VALUES
    (NULL, 'VOLUNTEER_SKILL', 'MEDICAL', '医疗护理', 'Medical care', 1, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'VOLUNTEER_SKILL', 'LEGAL', '法律咨询', 'Legal advice', 2, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'VOLUNTEER_SKILL', 'PSYCHOLOGY', '心理疏导', 'Counselling', 3, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'VOLUNTEER_SKILL', 'TEACHING', '教育辅导', 'Tutoring', 4, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'VOLUNTEER_SKILL', 'ELDER_CARE', '为老服务', 'Elder care', 5, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'VOLUNTEER_SKILL', 'REPAIR', '家电维修', 'Repairs', 6, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'VOLUNTEER_SKILL', 'PATROL', '治安巡防', 'Safety patrol', 7, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'VOLUNTEER_SKILL', 'ARTS', '文艺表演', 'Performing arts', 8, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'VOLUNTEER_SKILL', 'FIRST_AID', '应急救护', 'First aid', 9, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'VOLUNTEER_SKILL', 'IT', '信息技术', 'IT support', 10, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'VOLUNTEER_SKILL', 'OTHER', '其他', 'Other', 99, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'VOLUNTEER_TEAM_TYPE', 'CULTURE', '文化娱乐', 'Culture and recreation', 1, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'VOLUNTEER_TEAM_TYPE', 'LEGAL', '法律服务', 'Legal services', 2, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'VOLUNTEER_TEAM_TYPE', 'SAFETY', '安全建设', 'Safety', 3, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'VOLUNTEER_TEAM_TYPE', 'LIVELIHOOD', '民生服务', 'Livelihood services', 4, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'VOLUNTEER_TEAM_TYPE', 'MEDIATION', '矛盾调解', 'Mediation', 5, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'VOLUNTEER_TEAM_TYPE', 'PATROL', '治安巡防', 'Security patrol', 6, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'VOLUNTEER_TEAM_TYPE', 'MEDICAL', '医疗服务', 'Medical services', 7, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'VOLUNTEER_TEAM_TYPE', 'MASS_PREVENTION', '群防群治', 'Community watch', 8, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'VOLUNTEER_TEAM_TYPE', 'PARTY_MEMBERS', '党员志愿服务', 'Party member service', 9, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'VOLUNTEER_TEAM_TYPE', 'OTHER', '其他', 'Other', 99, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'VOLUNTEER_ACTIVITY_CATEGORY', 'ELDER_VISIT', '关爱老人', 'Visiting the elderly', 1, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'VOLUNTEER_ACTIVITY_CATEGORY', 'ENVIRONMENT', '环境整治', 'Clean-up', 2, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'VOLUNTEER_ACTIVITY_CATEGORY', 'PATROL', '治安巡逻', 'Safety patrol', 3, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'VOLUNTEER_ACTIVITY_CATEGORY', 'CIVILITY', '文明劝导', 'Civility guidance', 4, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'VOLUNTEER_ACTIVITY_CATEGORY', 'EPIDEMIC', '疫情防控', 'Epidemic prevention', 5, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'VOLUNTEER_ACTIVITY_CATEGORY', 'LEGAL_AID', '法律援助', 'Legal aid', 6, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'VOLUNTEER_ACTIVITY_CATEGORY', 'HEALTH', '义诊健康', 'Health check-ups', 7, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'VOLUNTEER_ACTIVITY_CATEGORY', 'CULTURE', '文体活动', 'Culture and sports', 8, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'VOLUNTEER_ACTIVITY_CATEGORY', 'CHILDREN', '关爱儿童', 'Caring for children', 9, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'VOLUNTEER_ACTIVITY_CATEGORY', 'OTHER', '其他', 'Other', 99, TRUE, 0, NOW(6), NOW(6));
