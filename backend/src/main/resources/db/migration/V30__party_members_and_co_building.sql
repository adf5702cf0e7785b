-- In-service party members (在职党员双报到), their posts and micro-wishes, co-building units (共驻共建) and their
-- projects (issue 16). A party member is one person with one volunteer profile and one hours ledger: their report
-- links to that profile, and verified service on a post is a confirmed entry of that ledger. area_path copies the
-- owning area's path so that scope filters need no join.

-- Co-building units (共驻共建单位) of a sub-district: agencies and firms that pair with its communities.
CREATE TABLE cobuild_unit (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    sub_district_id    BIGINT       NOT NULL,
    area_path          VARCHAR(255) NOT NULL,
    name               VARCHAR(100) NOT NULL,
    -- GOVERNMENT_ORGAN 机关, PUBLIC_INSTITUTION 事业单位, STATE_ENTERPRISE 国有企业, PRIVATE_ENTERPRISE 非公企业,
    -- SOCIAL_ORGANISATION 社会组织, OTHER 其他 (the same list as a party member's employer type)
    unit_type          VARCHAR(24)  NOT NULL,
    party_org_name     VARCHAR(100) NULL,
    -- the unit's party members in total (employed there), the denominator of "reported / employed"
    party_member_total INT          NOT NULL DEFAULT 0,
    contact_name       VARCHAR(64)  NULL,
    contact_phone_enc  VARCHAR(255) NULL,
    contact_phone_hash CHAR(64)     NULL,
    contact_phone_masked VARCHAR(32) NULL,
    address            VARCHAR(255) NULL,
    status             VARCHAR(16)  NOT NULL,
    status_reason      VARCHAR(500) NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    created_at         DATETIME(6)  NOT NULL,
    updated_at         DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_cobuild_unit_sub_district FOREIGN KEY (sub_district_id) REFERENCES area (id),
    CONSTRAINT uq_cobuild_unit_name UNIQUE (sub_district_id, name),
    CONSTRAINT ck_cobuild_unit_type CHECK (unit_type IN ('GOVERNMENT_ORGAN', 'PUBLIC_INSTITUTION', 'STATE_ENTERPRISE',
        'PRIVATE_ENTERPRISE', 'SOCIAL_ORGANISATION', 'OTHER')),
    CONSTRAINT ck_cobuild_unit_status CHECK (status IN ('ACTIVE', 'INACTIVE')),
    CONSTRAINT ck_cobuild_unit_members CHECK (party_member_total >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_cobuild_unit_path ON cobuild_unit (area_path, status, id);

-- A unit-liaison sign-in account (a staff row with the role unit-liaison) acts for exactly one unit.
CREATE TABLE cobuild_unit_liaison (
    staff_id   BIGINT      NOT NULL,
    unit_id    BIGINT      NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (staff_id),
    CONSTRAINT fk_cobuild_liaison_staff FOREIGN KEY (staff_id) REFERENCES staff (id),
    CONSTRAINT fk_cobuild_liaison_unit FOREIGN KEY (unit_id) REFERENCES cobuild_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_cobuild_liaison_unit ON cobuild_unit_liaison (unit_id);

-- A pairing agreement between a unit and a community: PROPOSED -> SIGNED -> ACTIVE (from term_from) -> EXPIRED
-- (after term_to) or TERMINATED (reason). A renewal is a new agreement (renews_id).
CREATE TABLE cobuild_agreement (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    unit_id          BIGINT        NOT NULL,
    community_id     BIGINT        NOT NULL,
    area_path        VARCHAR(255)  NOT NULL,
    term_from        DATE          NOT NULL,
    term_to          DATE          NOT NULL,
    signed_on        DATE          NULL,
    status           VARCHAR(16)   NOT NULL,
    end_reason       VARCHAR(500)  NULL,
    ended_on         DATE          NULL,
    renews_id        BIGINT        NULL,
    content          VARCHAR(2000) NULL,
    created_by_id    BIGINT        NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_cobuild_agreement_unit FOREIGN KEY (unit_id) REFERENCES cobuild_unit (id),
    CONSTRAINT fk_cobuild_agreement_community FOREIGN KEY (community_id) REFERENCES area (id),
    CONSTRAINT fk_cobuild_agreement_renews FOREIGN KEY (renews_id) REFERENCES cobuild_agreement (id),
    CONSTRAINT fk_cobuild_agreement_created_by FOREIGN KEY (created_by_id) REFERENCES staff (id),
    CONSTRAINT ck_cobuild_agreement_status CHECK (status IN ('PROPOSED', 'SIGNED', 'ACTIVE', 'EXPIRED', 'TERMINATED')),
    CONSTRAINT ck_cobuild_agreement_term CHECK (term_to >= term_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_cobuild_agreement_path ON cobuild_agreement (area_path, status, id);
CREATE INDEX ix_cobuild_agreement_unit ON cobuild_agreement (unit_id, status);
CREATE INDEX ix_cobuild_agreement_community ON cobuild_agreement (community_id, status, unit_id);

-- A party member's yearly report (报到) to the community they live in (or serve): SUBMITTED -> CONFIRMED (by the
-- community; a report of a year not yet begun waits there) -> ACTIVE (the year has begun) -> TRANSFERRED_OUT /
-- WITHDRAWN (reason) / EXPIRED (at year end); REJECTED (reason) instead of CONFIRMED.
CREATE TABLE party_member_report (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    report_year       INT           NOT NULL,
    -- the person: their volunteer profile (one person, one hours ledger), created if absent
    volunteer_id      BIGINT        NOT NULL,
    -- the registry's resident when they live in the sub-district
    resident_id       BIGINT        NULL,
    community_id      BIGINT        NOT NULL,
    area_path         VARCHAR(255)  NOT NULL,
    employer          VARCHAR(100)  NOT NULL,
    employer_party_org VARCHAR(100) NULL,
    employer_type     VARCHAR(24)   NOT NULL,
    -- the employer when it is a registered co-building unit (for "reported / employed")
    unit_id           BIGINT        NULL,
    skills            VARCHAR(500)  NULL,
    status            VARCHAR(16)   NOT NULL,
    status_reason     VARCHAR(500)  NULL,
    -- the report this one continues: last year's (prefilled) or the one transferred out to this community
    previous_id       BIGINT        NULL,
    submitted_by_id   BIGINT        NOT NULL,
    submitted_at      DATETIME(6)   NOT NULL,
    decided_by_id     BIGINT        NULL,
    decided_at        DATETIME(6)   NULL,
    ended_by_id       BIGINT        NULL,
    ended_at          DATETIME(6)   NULL,
    -- one live report per member and year
    live_key          VARCHAR(40)   AS (CASE WHEN status IN ('SUBMITTED', 'CONFIRMED', 'ACTIVE')
                                         THEN CONCAT(volunteer_id, '/', report_year) END) STORED,
    version           BIGINT        NOT NULL DEFAULT 0,
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_party_report_volunteer FOREIGN KEY (volunteer_id) REFERENCES volunteer (id),
    CONSTRAINT fk_party_report_resident FOREIGN KEY (resident_id) REFERENCES resident (id),
    CONSTRAINT fk_party_report_community FOREIGN KEY (community_id) REFERENCES area (id),
    CONSTRAINT fk_party_report_unit FOREIGN KEY (unit_id) REFERENCES cobuild_unit (id),
    CONSTRAINT fk_party_report_previous FOREIGN KEY (previous_id) REFERENCES party_member_report (id),
    CONSTRAINT fk_party_report_submitted_by FOREIGN KEY (submitted_by_id) REFERENCES staff (id),
    CONSTRAINT fk_party_report_decided_by FOREIGN KEY (decided_by_id) REFERENCES staff (id),
    CONSTRAINT fk_party_report_ended_by FOREIGN KEY (ended_by_id) REFERENCES staff (id),
    CONSTRAINT uq_party_report_live UNIQUE (live_key),
    CONSTRAINT ck_party_report_status CHECK (status IN ('SUBMITTED', 'CONFIRMED', 'ACTIVE', 'REJECTED',
        'TRANSFERRED_OUT', 'WITHDRAWN', 'EXPIRED')),
    CONSTRAINT ck_party_report_employer_type CHECK (employer_type IN ('GOVERNMENT_ORGAN', 'PUBLIC_INSTITUTION',
        'STATE_ENTERPRISE', 'PRIVATE_ENTERPRISE', 'SOCIAL_ORGANISATION', 'OTHER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_party_report_path ON party_member_report (area_path, report_year, status, id);
CREATE INDEX ix_party_report_volunteer ON party_member_report (volunteer_id, report_year);
CREATE INDEX ix_party_report_unit ON party_member_report (unit_id, report_year, status);
CREATE INDEX ix_party_report_year_status ON party_member_report (report_year, status, employer_type);

-- A unit's party organisation reports to a community (单位报到), with the same lifecycle as a member's report.
CREATE TABLE party_unit_report (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    report_year        INT          NOT NULL,
    unit_id            BIGINT       NOT NULL,
    community_id       BIGINT       NOT NULL,
    area_path          VARCHAR(255) NOT NULL,
    party_org_name     VARCHAR(100) NOT NULL,
    -- the unit's party members at the time of the report
    party_member_total INT          NOT NULL,
    status             VARCHAR(16)  NOT NULL,
    status_reason      VARCHAR(500) NULL,
    previous_id        BIGINT       NULL,
    submitted_by_id    BIGINT       NOT NULL,
    submitted_at       DATETIME(6)  NOT NULL,
    decided_by_id      BIGINT       NULL,
    decided_at         DATETIME(6)  NULL,
    ended_by_id        BIGINT       NULL,
    ended_at           DATETIME(6)  NULL,
    live_key           VARCHAR(60)  AS (CASE WHEN status IN ('SUBMITTED', 'CONFIRMED', 'ACTIVE')
                                          THEN CONCAT(unit_id, '/', community_id, '/', report_year) END) STORED,
    version            BIGINT       NOT NULL DEFAULT 0,
    created_at         DATETIME(6)  NOT NULL,
    updated_at         DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_party_unit_report_unit FOREIGN KEY (unit_id) REFERENCES cobuild_unit (id),
    CONSTRAINT fk_party_unit_report_community FOREIGN KEY (community_id) REFERENCES area (id),
    CONSTRAINT fk_party_unit_report_previous FOREIGN KEY (previous_id) REFERENCES party_unit_report (id),
    CONSTRAINT fk_party_unit_report_submitted_by FOREIGN KEY (submitted_by_id) REFERENCES staff (id),
    CONSTRAINT fk_party_unit_report_decided_by FOREIGN KEY (decided_by_id) REFERENCES staff (id),
    CONSTRAINT fk_party_unit_report_ended_by FOREIGN KEY (ended_by_id) REFERENCES staff (id),
    CONSTRAINT uq_party_unit_report_live UNIQUE (live_key),
    CONSTRAINT ck_party_unit_report_status CHECK (status IN ('SUBMITTED', 'CONFIRMED', 'ACTIVE', 'REJECTED',
        'TRANSFERRED_OUT', 'WITHDRAWN', 'EXPIRED')),
    CONSTRAINT ck_party_unit_report_total CHECK (party_member_total >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_party_unit_report_path ON party_unit_report (area_path, report_year, status, id);
CREATE INDEX ix_party_unit_report_unit ON party_unit_report (unit_id, report_year);

-- A post (岗位) of a community or one of its grids that reported members claim: capacity enforced on claim_count,
-- which the claim and its release change in the same transaction (the post's row is locked first).
CREATE TABLE party_post (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    -- the community or grid the post serves
    area_id       BIGINT        NOT NULL,
    community_id  BIGINT        NOT NULL,
    area_path     VARCHAR(255)  NOT NULL,
    -- code of the PARTY_POST_CATEGORY list (政策宣传, 矛盾调解, 环境卫生, 楼栋守护...)
    category_code VARCHAR(32)   NOT NULL,
    title         VARCHAR(100)  NOT NULL,
    requirements  VARCHAR(1000) NULL,
    capacity      INT           NOT NULL,
    claim_count   INT           NOT NULL DEFAULT 0,
    term_from     DATE          NOT NULL,
    term_to       DATE          NOT NULL,
    -- OPEN for claims, CLOSED by staff (claims stay until released), ENDED after term_to
    status        VARCHAR(16)   NOT NULL,
    created_by_id BIGINT        NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    created_at    DATETIME(6)   NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_party_post_area FOREIGN KEY (area_id) REFERENCES area (id),
    CONSTRAINT fk_party_post_community FOREIGN KEY (community_id) REFERENCES area (id),
    CONSTRAINT fk_party_post_created_by FOREIGN KEY (created_by_id) REFERENCES staff (id),
    CONSTRAINT ck_party_post_capacity CHECK (capacity >= 1 AND claim_count >= 0 AND claim_count <= capacity),
    CONSTRAINT ck_party_post_term CHECK (term_to >= term_from),
    CONSTRAINT ck_party_post_status CHECK (status IN ('OPEN', 'CLOSED', 'ENDED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_party_post_path ON party_post (area_path, status, id);
CREATE INDEX ix_party_post_category ON party_post (category_code, status);

-- A member's claim of a post: ACTIVE -> RELEASED (by the member, reason) / REVOKED (by the community, reason) /
-- ENDED (the post's term ended). One live claim per post and member.
CREATE TABLE party_post_claim (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    post_id       BIGINT       NOT NULL,
    report_id     BIGINT       NOT NULL,
    volunteer_id  BIGINT       NOT NULL,
    area_path     VARCHAR(255) NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    claimed_at    DATETIME(6)  NOT NULL,
    ended_at      DATETIME(6)  NULL,
    end_reason    VARCHAR(500) NULL,
    ended_by_id   BIGINT       NULL,
    live_key      VARCHAR(40)  AS (CASE WHEN status = 'ACTIVE' THEN CONCAT(post_id, '/', volunteer_id) END) STORED,
    version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_party_claim_post FOREIGN KEY (post_id) REFERENCES party_post (id),
    CONSTRAINT fk_party_claim_report FOREIGN KEY (report_id) REFERENCES party_member_report (id),
    CONSTRAINT fk_party_claim_volunteer FOREIGN KEY (volunteer_id) REFERENCES volunteer (id),
    CONSTRAINT fk_party_claim_ended_by FOREIGN KEY (ended_by_id) REFERENCES staff (id),
    CONSTRAINT uq_party_claim_live UNIQUE (live_key),
    CONSTRAINT ck_party_claim_status CHECK (status IN ('ACTIVE', 'RELEASED', 'REVOKED', 'ENDED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_party_claim_post ON party_post_claim (post_id, status);
CREATE INDEX ix_party_claim_volunteer ON party_post_claim (volunteer_id, status);
CREATE INDEX ix_party_claim_report ON party_post_claim (report_id, status);

-- Service on a claimed post, logged by the member: SUBMITTED -> VERIFIED (by the grid worker or community staff: a
-- CONFIRMED entry of source POST_SERVICE is written to the hours ledger, hours_entry_id) or REJECTED (reason).
CREATE TABLE party_service_log (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    claim_id        BIGINT        NOT NULL,
    post_id         BIGINT        NOT NULL,
    volunteer_id    BIGINT        NOT NULL,
    area_path       VARCHAR(255)  NOT NULL,
    service_date    DATE          NOT NULL,
    minutes         INT           NOT NULL,
    description     VARCHAR(1000) NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    decided_by_id   BIGINT        NULL,
    decided_at      DATETIME(6)   NULL,
    reject_reason   VARCHAR(500)  NULL,
    hours_entry_id  BIGINT        NULL,
    created_at      DATETIME(6)   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_party_service_claim FOREIGN KEY (claim_id) REFERENCES party_post_claim (id),
    CONSTRAINT fk_party_service_post FOREIGN KEY (post_id) REFERENCES party_post (id),
    CONSTRAINT fk_party_service_volunteer FOREIGN KEY (volunteer_id) REFERENCES volunteer (id),
    CONSTRAINT fk_party_service_decided_by FOREIGN KEY (decided_by_id) REFERENCES staff (id),
    CONSTRAINT fk_party_service_hours FOREIGN KEY (hours_entry_id) REFERENCES volunteer_hours_entry (id),
    CONSTRAINT uq_party_service_hours UNIQUE (hours_entry_id),
    CONSTRAINT ck_party_service_minutes CHECK (minutes > 0 AND minutes <= 1440),
    CONSTRAINT ck_party_service_status CHECK (status IN ('SUBMITTED', 'VERIFIED', 'REJECTED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_party_service_path ON party_service_log (area_path, status, service_date, id);
CREATE INDEX ix_party_service_volunteer ON party_service_log (volunteer_id, service_date);
CREATE INDEX ix_party_service_claim ON party_service_log (claim_id);

CREATE TABLE party_service_photo (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    log_id         BIGINT      NOT NULL,
    content_type   VARCHAR(32) NOT NULL,
    size_bytes     INT         NOT NULL,
    data           LONGBLOB    NOT NULL,
    uploaded_by_id BIGINT      NOT NULL,
    uploaded_at    DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_party_service_photo_log FOREIGN KEY (log_id) REFERENCES party_service_log (id),
    CONSTRAINT fk_party_service_photo_by FOREIGN KEY (uploaded_by_id) REFERENCES staff (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_party_service_photo_log ON party_service_photo (log_id);

-- the ledger's new source: verified service on a party post
ALTER TABLE volunteer_hours_entry DROP CONSTRAINT ck_hours_source;
ALTER TABLE volunteer_hours_entry ADD CONSTRAINT ck_hours_source
    CHECK (source IN ('ATTENDANCE', 'SELF_REPORT', 'BACKFILL', 'REVERSAL', 'POST_SERVICE'));

-- The year-end feedback to a member's employer (反馈单): the community's rating and comment on one report; the
-- figures (confirmed hours, posts held, wishes realised) are computed from the ledger and claims, never stored.
CREATE TABLE party_feedback (
    report_id     BIGINT        NOT NULL,
    -- EXCELLENT 优秀, QUALIFIED 合格, UNQUALIFIED 不合格
    rating        VARCHAR(16)   NOT NULL,
    comment       VARCHAR(1000) NULL,
    rated_by_id   BIGINT        NOT NULL,
    rated_at      DATETIME(6)   NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (report_id),
    CONSTRAINT fk_party_feedback_report FOREIGN KEY (report_id) REFERENCES party_member_report (id),
    CONSTRAINT fk_party_feedback_rated_by FOREIGN KEY (rated_by_id) REFERENCES staff (id),
    CONSTRAINT ck_party_feedback_rating CHECK (rating IN ('EXCELLENT', 'QUALIFIED', 'UNQUALIFIED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- A micro-wish (微心愿) of a registered household, entered by staff: PUBLISHED (beneficiary's name masked) ->
-- CLAIMED (one live claim) -> FULFILLED (the claimant's photo) -> REALISED (the grid worker confirms); a cancelled
-- claim reopens it (PUBLISHED); TAKEN_DOWN only while unclaimed.
CREATE TABLE micro_wish (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    household_id     BIGINT        NOT NULL,
    -- the one person the wish is for, when it is for one person
    resident_id      BIGINT        NULL,
    grid_id          BIGINT        NOT NULL,
    community_id     BIGINT        NOT NULL,
    area_path        VARCHAR(255)  NOT NULL,
    -- code of the MICRO_WISH_CATEGORY list (学习用品, 生活物品, 陪伴探访...)
    category_code    VARCHAR(32)   NOT NULL,
    title            VARCHAR(100)  NOT NULL,
    description      VARCHAR(1000) NULL,
    -- the beneficiary's name as entered, and masked as published (张*明) until a claim reveals it to the claimant
    beneficiary_name VARCHAR(64)   NOT NULL,
    beneficiary_masked VARCHAR(64) NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    wish_deadline    DATE          NULL,
    published_at     DATETIME(6)   NOT NULL,
    realised_on      DATE          NULL,
    confirmed_by_id  BIGINT        NULL,
    taken_down_reason VARCHAR(500) NULL,
    created_by_id    BIGINT        NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_micro_wish_household FOREIGN KEY (household_id) REFERENCES household (id),
    CONSTRAINT fk_micro_wish_resident FOREIGN KEY (resident_id) REFERENCES resident (id),
    CONSTRAINT fk_micro_wish_grid FOREIGN KEY (grid_id) REFERENCES area (id),
    CONSTRAINT fk_micro_wish_community FOREIGN KEY (community_id) REFERENCES area (id),
    CONSTRAINT fk_micro_wish_confirmed_by FOREIGN KEY (confirmed_by_id) REFERENCES staff (id),
    CONSTRAINT fk_micro_wish_created_by FOREIGN KEY (created_by_id) REFERENCES staff (id),
    CONSTRAINT ck_micro_wish_status CHECK (status IN ('PUBLISHED', 'CLAIMED', 'FULFILLED', 'REALISED', 'TAKEN_DOWN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_micro_wish_path ON micro_wish (area_path, status, id);
CREATE INDEX ix_micro_wish_household ON micro_wish (household_id);

-- A claim of a wish by a party member, a volunteer (their volunteer profile) or a unit (through its liaison):
-- ACTIVE -> FULFILLED (photo) -> REALISED (confirmed), or CANCELLED (reason; the wish reopens). One live claim per wish.
CREATE TABLE micro_wish_claim (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    wish_id        BIGINT        NOT NULL,
    -- PARTY_MEMBER, VOLUNTEER or UNIT
    claimant_kind  VARCHAR(16)   NOT NULL,
    volunteer_id   BIGINT        NULL,
    unit_id        BIGINT        NULL,
    claimant_name  VARCHAR(100)  NOT NULL,
    claimed_by_id  BIGINT        NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    claimed_at     DATETIME(6)   NOT NULL,
    fulfilled_at   DATETIME(6)   NULL,
    fulfil_note    VARCHAR(1000) NULL,
    ended_at       DATETIME(6)   NULL,
    cancel_reason  VARCHAR(500)  NULL,
    live_key       BIGINT        AS (CASE WHEN status IN ('ACTIVE', 'FULFILLED') THEN wish_id END) STORED,
    version        BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_wish_claim_wish FOREIGN KEY (wish_id) REFERENCES micro_wish (id),
    CONSTRAINT fk_wish_claim_volunteer FOREIGN KEY (volunteer_id) REFERENCES volunteer (id),
    CONSTRAINT fk_wish_claim_unit FOREIGN KEY (unit_id) REFERENCES cobuild_unit (id),
    CONSTRAINT fk_wish_claim_by FOREIGN KEY (claimed_by_id) REFERENCES staff (id),
    CONSTRAINT uq_wish_claim_live UNIQUE (live_key),
    CONSTRAINT ck_wish_claim_kind CHECK (claimant_kind IN ('PARTY_MEMBER', 'VOLUNTEER', 'UNIT')),
    CONSTRAINT ck_wish_claim_who CHECK ((claimant_kind = 'UNIT' AND unit_id IS NOT NULL)
        OR (claimant_kind <> 'UNIT' AND volunteer_id IS NOT NULL)),
    CONSTRAINT ck_wish_claim_status CHECK (status IN ('ACTIVE', 'FULFILLED', 'REALISED', 'CANCELLED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_wish_claim_wish ON micro_wish_claim (wish_id, status);
CREATE INDEX ix_wish_claim_volunteer ON micro_wish_claim (volunteer_id, status);
CREATE INDEX ix_wish_claim_unit ON micro_wish_claim (unit_id, status);

CREATE TABLE micro_wish_photo (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    claim_id       BIGINT      NOT NULL,
    content_type   VARCHAR(32) NOT NULL,
    size_bytes     INT         NOT NULL,
    data           LONGBLOB    NOT NULL,
    uploaded_by_id BIGINT      NOT NULL,
    uploaded_at    DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_wish_photo_claim FOREIGN KEY (claim_id) REFERENCES micro_wish_claim (id),
    CONSTRAINT fk_wish_photo_by FOREIGN KEY (uploaded_by_id) REFERENCES staff (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_wish_photo_claim ON micro_wish_photo (claim_id);

-- The three lists (需求清单, 资源清单, 项目清单). A need of a community, from a source; one raised from a talk-day
-- issue links back to it.
CREATE TABLE cobuild_need (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    community_id  BIGINT        NOT NULL,
    area_path     VARCHAR(255)  NOT NULL,
    -- code of the COBUILD_FIELD list (助老服务, 助学, 环境整治...)
    field_code    VARCHAR(32)   NOT NULL,
    title         VARCHAR(100)  NOT NULL,
    description   VARCHAR(2000) NULL,
    -- TALK_DAY_ISSUE, RESIDENT_SURVEY, GRID_VISIT, PARTY_MEMBER, UNIT, SUB_DISTRICT, OTHER
    source        VARCHAR(16)   NOT NULL,
    issue_id      BIGINT        NULL,
    -- OPEN, IN_PROJECT (a live project addresses it), MET (a project addressing it was accepted), CLOSED (reason)
    status        VARCHAR(16)   NOT NULL,
    close_reason  VARCHAR(500)  NULL,
    created_by_id BIGINT        NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    created_at    DATETIME(6)   NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_cobuild_need_community FOREIGN KEY (community_id) REFERENCES area (id),
    CONSTRAINT fk_cobuild_need_issue FOREIGN KEY (issue_id) REFERENCES issue (id),
    CONSTRAINT fk_cobuild_need_created_by FOREIGN KEY (created_by_id) REFERENCES staff (id),
    CONSTRAINT ck_cobuild_need_source CHECK (source IN ('TALK_DAY_ISSUE', 'RESIDENT_SURVEY', 'GRID_VISIT',
        'PARTY_MEMBER', 'UNIT', 'SUB_DISTRICT', 'OTHER')),
    CONSTRAINT ck_cobuild_need_issue CHECK (source = 'TALK_DAY_ISSUE' OR issue_id IS NULL),
    CONSTRAINT ck_cobuild_need_status CHECK (status IN ('OPEN', 'IN_PROJECT', 'MET', 'CLOSED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_cobuild_need_path ON cobuild_need (area_path, status, id);
CREATE INDEX ix_cobuild_need_issue ON cobuild_need (issue_id);

-- A resource a unit offers (场地, 资金, 专业服务, 志愿者...), to the sub-district's communities.
CREATE TABLE cobuild_resource (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    unit_id       BIGINT        NOT NULL,
    -- the unit's sub-district path
    area_path     VARCHAR(255)  NOT NULL,
    field_code    VARCHAR(32)   NOT NULL,
    title         VARCHAR(100)  NOT NULL,
    description   VARCHAR(2000) NULL,
    -- how much (a text: "每月2次义诊", "活动室200平米")
    quantity      VARCHAR(200)  NULL,
    available_from DATE         NULL,
    available_to  DATE          NULL,
    -- AVAILABLE, WITHDRAWN
    status        VARCHAR(16)   NOT NULL,
    created_by_id BIGINT        NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    created_at    DATETIME(6)   NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_cobuild_resource_unit FOREIGN KEY (unit_id) REFERENCES cobuild_unit (id),
    CONSTRAINT fk_cobuild_resource_created_by FOREIGN KEY (created_by_id) REFERENCES staff (id),
    CONSTRAINT ck_cobuild_resource_status CHECK (status IN ('AVAILABLE', 'WITHDRAWN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_cobuild_resource_path ON cobuild_resource (area_path, status, id);
CREATE INDEX ix_cobuild_resource_unit ON cobuild_resource (unit_id, status);

-- A project of a community (项目清单): DRAFT -> OPEN_PAIRED (approved; the community's paired units may claim until
-- claim_deadline, a working day) -> OPEN_ALL (unclaimed by then: every unit of the sub-district, 领办大厅) -> CLAIMED
-- -> IN_PROGRESS (milestones) -> SUBMITTED (for acceptance) -> ACCEPTED (with the residents' satisfaction) or back to
-- IN_PROGRESS (rework); REJECTED instead of approval (reason); CANCELLED (reason) before acceptance.
CREATE TABLE cobuild_project (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    community_id      BIGINT        NOT NULL,
    area_path         VARCHAR(255)  NOT NULL,
    field_code        VARCHAR(32)   NOT NULL,
    title             VARCHAR(100)  NOT NULL,
    description       VARCHAR(2000) NULL,
    status            VARCHAR(16)   NOT NULL,
    planned_start     DATE          NULL,
    planned_end       DATE          NULL,
    approved_by_id    BIGINT        NULL,
    approved_at       DATETIME(6)   NULL,
    claim_deadline    DATE          NULL,
    opened_to_all_at  DATETIME(6)   NULL,
    unit_id           BIGINT        NULL,
    claimed_at        DATETIME(6)   NULL,
    -- claimed by a unit paired with the community before the claim deadline (earns the bonus)
    claimed_in_time   BOOLEAN       NOT NULL DEFAULT FALSE,
    submitted_at      DATETIME(6)   NULL,
    rework_count      INT           NOT NULL DEFAULT 0,
    accepted_at       DATETIME(6)   NULL,
    accepted_by_id    BIGINT        NULL,
    -- SATISFIED, BASICALLY_SATISFIED, DISSATISFIED (the residents')
    satisfaction      VARCHAR(24)   NULL,
    acceptance_note   VARCHAR(1000) NULL,
    status_reason     VARCHAR(500)  NULL,
    created_by_id     BIGINT        NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_cobuild_project_community FOREIGN KEY (community_id) REFERENCES area (id),
    CONSTRAINT fk_cobuild_project_unit FOREIGN KEY (unit_id) REFERENCES cobuild_unit (id),
    CONSTRAINT fk_cobuild_project_approved_by FOREIGN KEY (approved_by_id) REFERENCES staff (id),
    CONSTRAINT fk_cobuild_project_accepted_by FOREIGN KEY (accepted_by_id) REFERENCES staff (id),
    CONSTRAINT fk_cobuild_project_created_by FOREIGN KEY (created_by_id) REFERENCES staff (id),
    CONSTRAINT ck_cobuild_project_status CHECK (status IN ('DRAFT', 'REJECTED', 'OPEN_PAIRED', 'OPEN_ALL', 'CLAIMED',
        'IN_PROGRESS', 'SUBMITTED', 'ACCEPTED', 'CANCELLED')),
    CONSTRAINT ck_cobuild_project_claim CHECK (unit_id IS NOT NULL OR status NOT IN ('CLAIMED', 'IN_PROGRESS',
        'SUBMITTED', 'ACCEPTED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_cobuild_project_path ON cobuild_project (area_path, status, id);
CREATE INDEX ix_cobuild_project_unit ON cobuild_project (unit_id, status);
CREATE INDEX ix_cobuild_project_status ON cobuild_project (status, claim_deadline);

-- the chain: which needs a project addresses, and which resources it uses
CREATE TABLE cobuild_project_need (
    project_id BIGINT NOT NULL,
    need_id    BIGINT NOT NULL,
    PRIMARY KEY (project_id, need_id),
    CONSTRAINT fk_cobuild_pn_project FOREIGN KEY (project_id) REFERENCES cobuild_project (id),
    CONSTRAINT fk_cobuild_pn_need FOREIGN KEY (need_id) REFERENCES cobuild_need (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_cobuild_pn_need ON cobuild_project_need (need_id);

CREATE TABLE cobuild_project_resource (
    project_id  BIGINT NOT NULL,
    resource_id BIGINT NOT NULL,
    PRIMARY KEY (project_id, resource_id),
    CONSTRAINT fk_cobuild_pr_project FOREIGN KEY (project_id) REFERENCES cobuild_project (id),
    CONSTRAINT fk_cobuild_pr_resource FOREIGN KEY (resource_id) REFERENCES cobuild_resource (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_cobuild_pr_resource ON cobuild_project_resource (resource_id);

-- A milestone of a claimed project: due on a day, done with evidence photos; overdue while not done after due_on.
CREATE TABLE cobuild_milestone (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    project_id    BIGINT        NOT NULL,
    title         VARCHAR(100)  NOT NULL,
    due_on        DATE          NOT NULL,
    done_on       DATE          NULL,
    report        VARCHAR(2000) NULL,
    reported_by_id BIGINT       NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    created_at    DATETIME(6)   NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_cobuild_milestone_project FOREIGN KEY (project_id) REFERENCES cobuild_project (id),
    CONSTRAINT fk_cobuild_milestone_reported_by FOREIGN KEY (reported_by_id) REFERENCES staff (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_cobuild_milestone_project ON cobuild_milestone (project_id, due_on);
CREATE INDEX ix_cobuild_milestone_due ON cobuild_milestone (done_on, due_on);

CREATE TABLE cobuild_milestone_photo (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    milestone_id   BIGINT      NOT NULL,
    content_type   VARCHAR(32) NOT NULL,
    size_bytes     INT         NOT NULL,
    data           LONGBLOB    NOT NULL,
    uploaded_by_id BIGINT      NOT NULL,
    uploaded_at    DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_cobuild_milestone_photo_ms FOREIGN KEY (milestone_id) REFERENCES cobuild_milestone (id),
    CONSTRAINT fk_cobuild_milestone_photo_by FOREIGN KEY (uploaded_by_id) REFERENCES staff (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_cobuild_milestone_photo_ms ON cobuild_milestone_photo (milestone_id);

-- A unit's points, append-only: PROJECT_COMPLETED, TIMELY_CLAIM_BONUS, ADJUSTMENT (reason), REVERSAL (of an entry,
-- points negated). earned_on decides the ranking period; a locked month takes no entry dated in it.
CREATE TABLE cobuild_points_entry (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    unit_id       BIGINT       NOT NULL,
    -- the unit's sub-district path
    area_path     VARCHAR(255) NOT NULL,
    kind          VARCHAR(24)  NOT NULL,
    points        INT          NOT NULL,
    earned_on     DATE         NOT NULL,
    project_id    BIGINT       NULL,
    reverses_id   BIGINT       NULL,
    reason        VARCHAR(500) NULL,
    created_by_id BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_cobuild_points_unit FOREIGN KEY (unit_id) REFERENCES cobuild_unit (id),
    CONSTRAINT fk_cobuild_points_project FOREIGN KEY (project_id) REFERENCES cobuild_project (id),
    CONSTRAINT fk_cobuild_points_reverses FOREIGN KEY (reverses_id) REFERENCES cobuild_points_entry (id),
    CONSTRAINT fk_cobuild_points_created_by FOREIGN KEY (created_by_id) REFERENCES staff (id),
    -- an entry is reversed at most once; a project earns each kind once
    CONSTRAINT uq_cobuild_points_reverses UNIQUE (reverses_id),
    CONSTRAINT uq_cobuild_points_project_kind UNIQUE (project_id, kind),
    CONSTRAINT ck_cobuild_points_kind CHECK (kind IN ('PROJECT_COMPLETED', 'TIMELY_CLAIM_BONUS', 'ADJUSTMENT',
        'REVERSAL'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_cobuild_points_unit ON cobuild_points_entry (unit_id, earned_on, id);
CREATE INDEX ix_cobuild_points_path ON cobuild_points_entry (area_path, earned_on, unit_id);

-- a month of a sub-district's points closed for entries
CREATE TABLE cobuild_points_month_lock (
    sub_district_id BIGINT      NOT NULL,
    month_start     DATE        NOT NULL,
    locked_by_id    BIGINT      NOT NULL,
    locked_at       DATETIME(6) NOT NULL,
    PRIMARY KEY (sub_district_id, month_start),
    CONSTRAINT fk_cobuild_points_lock_sd FOREIGN KEY (sub_district_id) REFERENCES area (id),
    CONSTRAINT fk_cobuild_points_lock_by FOREIGN KEY (locked_by_id) REFERENCES staff (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- A talk-day issue may be given to a co-building unit: its liaisons take the handler's steps. One handler of three kinds.
ALTER TABLE issue ADD COLUMN handler_unit_id BIGINT NULL;
ALTER TABLE issue ADD CONSTRAINT fk_issue_handler_unit FOREIGN KEY (handler_unit_id) REFERENCES cobuild_unit (id);
ALTER TABLE issue ADD CONSTRAINT ck_issue_unit_handler_alone
    CHECK (handler_unit_id IS NULL OR (handler_id IS NULL AND handler_team_id IS NULL));
CREATE INDEX ix_issue_handler_unit ON issue (handler_unit_id, received_at, id);

-- code lists: post categories (as the seeds count them), wish categories, and the fields of the three lists
INSERT INTO dictionary_item (sub_district_id, category, code, name, name_en, sort_order, active, version, created_at, updated_at) VALUES
    (NULL, 'PARTY_POST_CATEGORY', 'POLICY_OUTREACH', '政策宣传', 'Policy outreach', 1, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'PARTY_POST_CATEGORY', 'MEDIATION', '矛盾调解', 'Dispute mediation', 2, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'PARTY_POST_CATEGORY', 'SANITATION', '环境卫生', 'Environment and sanitation', 3, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'PARTY_POST_CATEGORY', 'BUILDING_WATCH', '楼栋守护', 'Building watch', 4, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'PARTY_POST_CATEGORY', 'SECURITY_PATROL', '治安巡逻', 'Security patrol', 5, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'PARTY_POST_CATEGORY', 'CARE_AND_HELP', '关爱帮扶', 'Care and help', 6, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'PARTY_POST_CATEGORY', 'CIVILITY', '文明创建', 'Civility campaigns', 7, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'MICRO_WISH_CATEGORY', 'STUDY', '学习用品', 'School supplies', 1, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'MICRO_WISH_CATEGORY', 'DAILY_GOODS', '生活物品', 'Daily goods', 2, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'MICRO_WISH_CATEGORY', 'COMPANY', '陪伴探访', 'Company and visits', 3, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'MICRO_WISH_CATEGORY', 'HEALTH', '健康服务', 'Health care', 4, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'MICRO_WISH_CATEGORY', 'REPAIR', '维修服务', 'Repairs', 5, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'MICRO_WISH_CATEGORY', 'OTHER', '其他', 'Other', 9, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'COBUILD_FIELD', 'ELDERLY_CARE', '为老服务', 'Elderly care', 1, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'COBUILD_FIELD', 'YOUTH', '青少年成长', 'Children and youth', 2, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'COBUILD_FIELD', 'ENVIRONMENT', '环境整治', 'Environment', 3, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'COBUILD_FIELD', 'CULTURE', '文化体育', 'Culture and sport', 4, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'COBUILD_FIELD', 'HEALTH', '医疗健康', 'Health', 5, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'COBUILD_FIELD', 'EMPLOYMENT', '就业创业', 'Jobs and enterprise', 6, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'COBUILD_FIELD', 'SAFETY', '平安建设', 'Safety', 7, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'COBUILD_FIELD', 'FACILITIES', '设施改造', 'Facilities', 8, TRUE, 0, NOW(6), NOW(6));
