-- Pairings and visits (结对帮扶 and 走访, issue 15): who looks after whom, the visit rules of a sub-district, the
-- obligations they create per household and period, the visits themselves with their photos and observations, and
-- the issues a visit raises. area_path copies the household's path so that scope filters need no join.

-- A helper paired with a household (or one resident of it). History is kept as dated rows: a pairing is never
-- edited into another helper; it ends (valid_to, end_reason) and a new row starts (reassigned_from_id).
CREATE TABLE pairing (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    household_id       BIGINT        NOT NULL,
    -- the resident the pairing is for, when it is for one person of the household (an elderly person living alone)
    resident_id        BIGINT        NULL,
    grid_id            BIGINT        NOT NULL,
    area_path          VARCHAR(255)  NOT NULL,
    -- code of the PAIRING_TYPE list (低保结对, 独居老人关爱...)
    type_code          VARCHAR(32)   NOT NULL,
    -- who helps: a staff member or a volunteer now; a party member or a unit later (issue 16), through helper_ref_id
    helper_kind        VARCHAR(16)   NOT NULL,
    -- the sign-in account the helper acts through (a staff row; a volunteer's account), when it has one
    helper_staff_id    BIGINT        NULL,
    helper_volunteer_id BIGINT       NULL,
    helper_ref_id      BIGINT        NULL,
    -- the helper's name when paired, so history reads right after a rename or a deletion
    helper_name        VARCHAR(64)   NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    valid_from         DATE          NOT NULL,
    -- planned end while ACTIVE (NULL: open-ended); the day it ended once ENDED
    valid_to           DATE          NULL,
    end_reason         VARCHAR(24)   NULL,
    end_note           VARCHAR(500)  NULL,
    ended_by_id        BIGINT        NULL,
    ended_at           DATETIME(6)   NULL,
    -- the pairing this one continues after a reassignment (bulk or single)
    reassigned_from_id BIGINT        NULL,
    notes              VARCHAR(1000) NULL,
    created_by_id      BIGINT        NOT NULL,
    -- one active pairing per household, person and type
    live_key           VARCHAR(100)  AS (CASE WHEN status = 'ACTIVE'
                                            THEN CONCAT(household_id, '/', COALESCE(resident_id, 0), '/', type_code) END) STORED,
    version            BIGINT        NOT NULL DEFAULT 0,
    created_at         DATETIME(6)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_pairing_household FOREIGN KEY (household_id) REFERENCES household (id),
    CONSTRAINT fk_pairing_resident FOREIGN KEY (resident_id) REFERENCES resident (id),
    CONSTRAINT fk_pairing_grid FOREIGN KEY (grid_id) REFERENCES area (id),
    CONSTRAINT fk_pairing_helper_staff FOREIGN KEY (helper_staff_id) REFERENCES staff (id),
    CONSTRAINT fk_pairing_helper_volunteer FOREIGN KEY (helper_volunteer_id) REFERENCES volunteer (id),
    CONSTRAINT fk_pairing_ended_by FOREIGN KEY (ended_by_id) REFERENCES staff (id),
    CONSTRAINT fk_pairing_created_by FOREIGN KEY (created_by_id) REFERENCES staff (id),
    CONSTRAINT fk_pairing_reassigned_from FOREIGN KEY (reassigned_from_id) REFERENCES pairing (id),
    CONSTRAINT uq_pairing_live UNIQUE (live_key),
    CONSTRAINT ck_pairing_helper_kind CHECK (helper_kind IN ('STAFF', 'VOLUNTEER', 'PARTY_MEMBER', 'UNIT')),
    CONSTRAINT ck_pairing_status CHECK (status IN ('ACTIVE', 'ENDED')),
    CONSTRAINT ck_pairing_end_reason CHECK (end_reason IS NULL OR end_reason IN
        ('HELPER_LEFT', 'HOUSEHOLD_MOVED_OUT', 'NO_LONGER_NEEDED', 'REASSIGNED', 'EXPIRED', 'OTHER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_pairing_path ON pairing (area_path, status, id);
CREATE INDEX ix_pairing_household ON pairing (household_id, status);
CREATE INDEX ix_pairing_helper_staff ON pairing (helper_staff_id, status);
CREATE INDEX ix_pairing_helper_volunteer ON pairing (helper_volunteer_id, status);
CREATE INDEX ix_pairing_grid_type ON pairing (grid_id, type_code, status);

-- Which care codes (CARE_GROUP of residents, HOUSEHOLD_TAG of households) a pairing type serves: the suggestions
-- propose that type for a household carrying one of them.
CREATE TABLE pairing_type_care_code (
    type_code VARCHAR(32) NOT NULL,
    care_code VARCHAR(32) NOT NULL,
    PRIMARY KEY (type_code, care_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- A visit rule of a sub-district (data, not code): which households, who answers for the visit, the period, how many
-- visits per period and which modes count. A rule is never deleted once it has obligations; it is deactivated.
CREATE TABLE visit_rule (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    sub_district_id  BIGINT       NOT NULL,
    area_path        VARCHAR(255) NOT NULL,
    name             VARCHAR(100) NOT NULL,
    -- ALL_HOUSEHOLDS of the grids; CARE_TAGGED households carrying one of the rule's codes; PAIRED households in an
    -- active pairing of one of the rule's types (all types when the rule lists none)
    target           VARCHAR(16)  NOT NULL,
    -- GRID_WORKER of the household's grid; HELPER of the pairing
    responsible      VARCHAR(16)  NOT NULL,
    period_kind      VARCHAR(16)  NOT NULL,
    -- for EVERY_N_DAYS: N, counted from anchor_date
    period_days      INT          NULL,
    -- the first day of the first period; the rule has no period before it
    anchor_date      DATE         NOT NULL,
    visits_required  INT          NOT NULL DEFAULT 1,
    active           BOOLEAN      NOT NULL DEFAULT TRUE,
    -- one of the two defaults the issue names, created for a sub-district the first time its rules are read
    default_rule     VARCHAR(24)  NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_visit_rule_sub_district FOREIGN KEY (sub_district_id) REFERENCES area (id),
    CONSTRAINT uq_visit_rule_name UNIQUE (sub_district_id, name),
    CONSTRAINT uq_visit_rule_default UNIQUE (sub_district_id, default_rule),
    CONSTRAINT ck_visit_rule_target CHECK (target IN ('ALL_HOUSEHOLDS', 'CARE_TAGGED', 'PAIRED')),
    CONSTRAINT ck_visit_rule_responsible CHECK (responsible IN ('GRID_WORKER', 'HELPER')),
    CONSTRAINT ck_visit_rule_period CHECK (period_kind IN ('MONTH', 'QUARTER', 'HALF_YEAR', 'EVERY_N_DAYS')),
    CONSTRAINT ck_visit_rule_period_days CHECK ((period_kind = 'EVERY_N_DAYS') = (period_days IS NOT NULL)),
    CONSTRAINT ck_visit_rule_required CHECK (visits_required BETWEEN 1 AND 31)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- CARE_TAGGED: care codes; PAIRED: pairing type codes
CREATE TABLE visit_rule_code (
    rule_id BIGINT      NOT NULL,
    code    VARCHAR(32) NOT NULL,
    PRIMARY KEY (rule_id, code),
    CONSTRAINT fk_visit_rule_code FOREIGN KEY (rule_id) REFERENCES visit_rule (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- the visit modes that count for the rule
CREATE TABLE visit_rule_mode (
    rule_id BIGINT      NOT NULL,
    mode    VARCHAR(16) NOT NULL,
    PRIMARY KEY (rule_id, mode),
    CONSTRAINT fk_visit_rule_mode FOREIGN KEY (rule_id) REFERENCES visit_rule (id) ON DELETE CASCADE,
    CONSTRAINT ck_visit_rule_mode CHECK (mode IN ('IN_HOME', 'AT_DOOR', 'PHONE', 'VIDEO'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- A period of a rule whose obligations exist: written once when the period starts, with the denominator as it was
-- fixed then. due_on is the period's last working day in the sub-district's calendar.
CREATE TABLE visit_period (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    rule_id         BIGINT      NOT NULL,
    starts_on       DATE        NOT NULL,
    ends_on         DATE        NOT NULL,
    due_on          DATE        NOT NULL,
    generated_at    DATETIME(6) NOT NULL,
    household_count INT         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_visit_period_rule FOREIGN KEY (rule_id) REFERENCES visit_rule (id),
    CONSTRAINT uq_visit_period UNIQUE (rule_id, starts_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_visit_period_rule ON visit_period (rule_id, ends_on);

-- One household's obligation under a rule for a period (for a PAIRED rule: one per pairing). status is what
-- happened (OPEN until satisfied or not applicable); due and overdue are computed from due_on by ObligationState.
CREATE TABLE visit_obligation (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    period_id            BIGINT       NOT NULL,
    rule_id              BIGINT       NOT NULL,
    household_id         BIGINT       NOT NULL,
    grid_id              BIGINT       NOT NULL,
    area_path            VARCHAR(255) NOT NULL,
    -- who answers for it: the grid's worker at period start, or the pairing's helper account; NULL when the grid
    -- had no worker (shown as "nobody responsible", never dropped)
    responsible_staff_id BIGINT       NULL,
    pairing_id           BIGINT       NULL,
    pairing_key          BIGINT       AS (COALESCE(pairing_id, 0)) STORED,
    -- the pairing's type, copied for coverage by pairing type
    pairing_type_code    VARCHAR(32)  NULL,
    starts_on            DATE         NOT NULL,
    ends_on              DATE         NOT NULL,
    due_on               DATE         NOT NULL,
    visits_required      INT          NOT NULL,
    -- distinct days with a completed visit that counts / with only attempts (nobody home, refused, wrong address)
    completed_days       INT          NOT NULL DEFAULT 0,
    attempt_days         INT          NOT NULL DEFAULT 0,
    status               VARCHAR(16)  NOT NULL,
    satisfied_on         DATE         NULL,
    last_visit_id        BIGINT       NULL,
    not_applicable_reason VARCHAR(24) NULL,
    not_applicable_note  VARCHAR(500) NULL,
    not_applicable_on    DATE         NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    created_at           DATETIME(6)  NOT NULL,
    updated_at           DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_visit_obligation_period FOREIGN KEY (period_id) REFERENCES visit_period (id),
    CONSTRAINT fk_visit_obligation_rule FOREIGN KEY (rule_id) REFERENCES visit_rule (id),
    CONSTRAINT fk_visit_obligation_household FOREIGN KEY (household_id) REFERENCES household (id),
    CONSTRAINT fk_visit_obligation_grid FOREIGN KEY (grid_id) REFERENCES area (id),
    CONSTRAINT fk_visit_obligation_staff FOREIGN KEY (responsible_staff_id) REFERENCES staff (id),
    CONSTRAINT fk_visit_obligation_pairing FOREIGN KEY (pairing_id) REFERENCES pairing (id),
    CONSTRAINT uq_visit_obligation UNIQUE (period_id, household_id, pairing_key),
    CONSTRAINT ck_visit_obligation_status CHECK (status IN ('OPEN', 'SATISFIED', 'SATISFIED_LATE', 'NOT_APPLICABLE')),
    CONSTRAINT ck_visit_obligation_na CHECK (not_applicable_reason IS NULL OR not_applicable_reason IN
        ('MOVED_OUT', 'TAG_REMOVED', 'PAIRING_ENDED', 'RULE_DEACTIVATED', 'OTHER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- coverage: one period in a scope, grouped; the worker's day: open obligations by due date; a household's page
CREATE INDEX ix_visit_obligation_coverage ON visit_obligation (period_id, area_path, status);
CREATE INDEX ix_visit_obligation_responsible ON visit_obligation (responsible_staff_id, status, due_on);
CREATE INDEX ix_visit_obligation_household ON visit_obligation (household_id, status, due_on);
CREATE INDEX ix_visit_obligation_pairing ON visit_obligation (pairing_id, status);
CREATE INDEX ix_visit_obligation_path_due ON visit_obligation (area_path, status, due_on);

-- Questions a sub-district asks on every visit (a few, configurable): yes/no, one of a list, or free text.
CREATE TABLE visit_question (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    sub_district_id BIGINT       NOT NULL,
    text            VARCHAR(200) NOT NULL,
    kind            VARCHAR(16)  NOT NULL,
    -- for CHOICE: the options, one per line
    options         VARCHAR(1000) NULL,
    sort_order      INT          NOT NULL DEFAULT 0,
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    version         BIGINT       NOT NULL DEFAULT 0,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_visit_question_sub_district FOREIGN KEY (sub_district_id) REFERENCES area (id),
    CONSTRAINT ck_visit_question_kind CHECK (kind IN ('YES_NO', 'CHOICE', 'TEXT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- A visit to a household. visited_at is the time the device reports; received_at the server's; visited_on the
-- visited_at's day in Beijing time (two visits to a household on one day count once).
CREATE TABLE visit (
    id                       BIGINT        NOT NULL AUTO_INCREMENT,
    household_id             BIGINT        NOT NULL,
    grid_id                  BIGINT        NOT NULL,
    area_path                VARCHAR(255)  NOT NULL,
    visitor_staff_id         BIGINT        NOT NULL,
    -- as whom the visitor came: STAFF, VOLUNTEER (a helper)...; and the pairing it was made under, if any
    visitor_kind             VARCHAR(16)   NOT NULL,
    pairing_id               BIGINT        NULL,
    mode                     VARCHAR(16)   NOT NULL,
    outcome                  VARCHAR(16)   NOT NULL,
    visited_at               DATETIME(6)   NOT NULL,
    visited_on               DATE          NOT NULL,
    received_at              DATETIME(6)   NOT NULL,
    latitude                 DECIMAL(9, 6) NULL,
    longitude                DECIMAL(9, 6) NULL,
    accuracy_meters          INT           NULL,
    -- why there is no location: DENIED, UNAVAILABLE, TIMEOUT, NOT_ON_SITE (a phone or video visit)
    location_missing_reason  VARCHAR(16)   NULL,
    living_conditions        VARCHAR(16)   NULL,
    notes                    VARCHAR(2000) NULL,
    -- the client's own id for the record (the offline phone app sends it again after a lost answer)
    client_ref               VARCHAR(64)   NULL,
    version                  BIGINT        NOT NULL DEFAULT 0,
    created_at               DATETIME(6)   NOT NULL,
    updated_at               DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_visit_household FOREIGN KEY (household_id) REFERENCES household (id),
    CONSTRAINT fk_visit_grid FOREIGN KEY (grid_id) REFERENCES area (id),
    CONSTRAINT fk_visit_visitor FOREIGN KEY (visitor_staff_id) REFERENCES staff (id),
    CONSTRAINT fk_visit_pairing FOREIGN KEY (pairing_id) REFERENCES pairing (id),
    CONSTRAINT uq_visit_client_ref UNIQUE (visitor_staff_id, client_ref),
    CONSTRAINT ck_visit_visitor_kind CHECK (visitor_kind IN ('STAFF', 'VOLUNTEER', 'PARTY_MEMBER', 'UNIT')),
    CONSTRAINT ck_visit_mode CHECK (mode IN ('IN_HOME', 'AT_DOOR', 'PHONE', 'VIDEO')),
    CONSTRAINT ck_visit_outcome CHECK (outcome IN ('COMPLETED', 'NOBODY_HOME', 'REFUSED', 'WRONG_ADDRESS')),
    CONSTRAINT ck_visit_location_missing CHECK (location_missing_reason IS NULL OR location_missing_reason IN
        ('DENIED', 'UNAVAILABLE', 'TIMEOUT', 'NOT_ON_SITE')),
    CONSTRAINT ck_visit_living CHECK (living_conditions IS NULL OR living_conditions IN ('GOOD', 'FAIR', 'POOR', 'CRITICAL'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_visit_household ON visit (household_id, visited_on);
CREATE INDEX ix_visit_path ON visit (area_path, visited_on, id);
CREATE INDEX ix_visit_visitor ON visit (visitor_staff_id, visited_on);

-- the household's residents the visitor saw
CREATE TABLE visit_member (
    visit_id    BIGINT NOT NULL,
    resident_id BIGINT NOT NULL,
    PRIMARY KEY (visit_id, resident_id),
    CONSTRAINT fk_visit_member_visit FOREIGN KEY (visit_id) REFERENCES visit (id) ON DELETE CASCADE,
    CONSTRAINT fk_visit_member_resident FOREIGN KEY (resident_id) REFERENCES resident (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- needs observed (codes of the VISIT_NEED list)
CREATE TABLE visit_need (
    visit_id BIGINT      NOT NULL,
    code     VARCHAR(32) NOT NULL,
    PRIMARY KEY (visit_id, code),
    CONSTRAINT fk_visit_need_visit FOREIGN KEY (visit_id) REFERENCES visit (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- answers to the sub-district's questions; the question's text is copied so an answer reads right after an edit
CREATE TABLE visit_answer (
    visit_id      BIGINT       NOT NULL,
    question_id   BIGINT       NOT NULL,
    question_text VARCHAR(200) NOT NULL,
    answer        VARCHAR(500) NOT NULL,
    PRIMARY KEY (visit_id, question_id),
    CONSTRAINT fk_visit_answer_visit FOREIGN KEY (visit_id) REFERENCES visit (id) ON DELETE CASCADE,
    CONSTRAINT fk_visit_answer_question FOREIGN KEY (question_id) REFERENCES visit_question (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE visit_photo (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    visit_id       BIGINT      NOT NULL,
    content_type   VARCHAR(32) NOT NULL,
    size_bytes     INT         NOT NULL,
    data           LONGBLOB    NOT NULL,
    uploaded_by_id BIGINT      NOT NULL,
    uploaded_at    DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_visit_photo_visit FOREIGN KEY (visit_id) REFERENCES visit (id),
    CONSTRAINT fk_visit_photo_uploaded_by FOREIGN KEY (uploaded_by_id) REFERENCES staff (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_visit_photo_visit ON visit_photo (visit_id);

-- a visit's findings enter the issue workflow (channel VISIT) and link back to it
ALTER TABLE issue ADD COLUMN visit_id BIGINT NULL;
ALTER TABLE issue ADD CONSTRAINT fk_issue_visit FOREIGN KEY (visit_id) REFERENCES visit (id);
CREATE INDEX ix_issue_visit ON issue (visit_id);
-- "one problem solved a month": issues a worker was first responsible for, by the month they closed
CREATE INDEX ix_issue_first_responsible_closed ON issue (first_responsible_id, closed_at);

-- code lists: pairing types (as the issue lists them) and needs a visit observes
INSERT INTO dictionary_item (sub_district_id, category, code, name, name_en, sort_order, active, version, created_at, updated_at) VALUES
    (NULL, 'PAIRING_TYPE', 'MINIMUM_LIVING', '低保结对', 'Minimum-living household', 1, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'PAIRING_TYPE', 'ELDERLY_ALONE', '独居老人关爱', 'Elderly person living alone', 2, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'PAIRING_TYPE', 'LEFT_BEHIND_CHILD', '留守儿童关爱', 'Left-behind child', 3, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'PAIRING_TYPE', 'POOR_PARTY_MEMBER', '困难党员', 'Party member in hardship', 4, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'PAIRING_TYPE', 'UNEMPLOYED', '失业帮扶', 'Unemployed person', 5, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'PAIRING_TYPE', 'GRADUATE', '毕业生就业', 'Graduate seeking work', 6, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'PAIRING_TYPE', 'POOR_HOUSEHOLD', '困难家庭帮扶', 'Household in hardship', 7, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'VISIT_NEED', 'DAILY_CARE', '生活照料', 'Daily care', 1, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'VISIT_NEED', 'MEDICAL', '医疗健康', 'Health care', 2, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'VISIT_NEED', 'FINANCIAL', '经济困难', 'Money', 3, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'VISIT_NEED', 'HOUSING_REPAIR', '住房维修', 'Housing repair', 4, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'VISIT_NEED', 'EMPLOYMENT', '就业援助', 'Finding work', 5, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'VISIT_NEED', 'EDUCATION', '教育帮扶', 'Schooling', 6, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'VISIT_NEED', 'PSYCHOLOGICAL', '心理慰藉', 'Company and comfort', 7, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'VISIT_NEED', 'POLICY', '政策咨询', 'Advice on benefits', 8, TRUE, 0, NOW(6), NOW(6)),
    (NULL, 'VISIT_NEED', 'SAFETY', '安全隐患', 'Safety hazard', 9, TRUE, 0, NOW(6), NOW(6));

INSERT INTO pairing_type_care_code (type_code, care_code) VALUES
    ('MINIMUM_LIVING', 'MINIMUM_LIVING'),
    ('ELDERLY_ALONE', 'ELDERLY_ALONE'),
    ('ELDERLY_ALONE', 'ALONE'),
    ('ELDERLY_ALONE', 'EMPTY_NEST'),
    ('LEFT_BEHIND_CHILD', 'LEFT_BEHIND_CHILD'),
    ('UNEMPLOYED', 'UNEMPLOYED'),
    ('GRADUATE', 'GRADUATE'),
    ('POOR_HOUSEHOLD', 'POOR_HOUSEHOLD'),
    ('POOR_HOUSEHOLD', 'EXTREME_POVERTY');
