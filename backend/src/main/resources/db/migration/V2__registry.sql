-- Household and resident registry (台账). Personal data (ID card and phone numbers) is stored only encrypted
-- (*_enc, AES-GCM), with a keyed hash (*_hash, HMAC-SHA256) for exact search and uniqueness, and the masked form
-- shown in lists (*_masked). area_path copies the grid's path so that scope filters need no join.

-- Configurable code lists (tags, categories); rows with sub_district_id NULL are the platform defaults.
CREATE TABLE dictionary_item (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    sub_district_id  BIGINT      NULL,
    sub_district_key BIGINT      AS (COALESCE(sub_district_id, 0)) STORED,
    category         VARCHAR(32) NOT NULL,
    code             VARCHAR(32) NOT NULL,
    name             VARCHAR(64) NOT NULL,
    sort_order       INT         NOT NULL DEFAULT 0,
    active           BOOLEAN     NOT NULL DEFAULT TRUE,
    version          BIGINT      NOT NULL DEFAULT 0,
    created_at       DATETIME(6) NOT NULL,
    updated_at       DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_dictionary_sub_district FOREIGN KEY (sub_district_id) REFERENCES area (id),
    CONSTRAINT uq_dictionary_code UNIQUE (category, code, sub_district_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE household (
    id                    BIGINT       NOT NULL AUTO_INCREMENT,
    grid_id               BIGINT       NOT NULL,
    building_id           BIGINT       NULL,
    unit_no               VARCHAR(16)  NULL,
    room_no               VARCHAR(16)  NULL,
    address               VARCHAR(200) NULL,
    address_key           VARCHAR(255) NOT NULL,
    housing_type          VARCHAR(32)  NOT NULL,
    tenure_start          DATE         NULL,
    phone_enc             VARCHAR(255) NULL,
    phone_hash            CHAR(64)     NULL,
    phone_masked          VARCHAR(32)  NULL,
    head_resident_id      BIGINT       NULL,
    landlord_household_id BIGINT       NULL,
    notes                 VARCHAR(1000) NULL,
    status                VARCHAR(16)  NOT NULL,
    moved_out_on          DATE         NULL,
    area_path             VARCHAR(255) NOT NULL,
    version               BIGINT       NOT NULL DEFAULT 0,
    created_at            DATETIME(6)  NOT NULL,
    updated_at            DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_household_grid FOREIGN KEY (grid_id) REFERENCES area (id),
    CONSTRAINT fk_household_building FOREIGN KEY (building_id) REFERENCES area (id),
    CONSTRAINT fk_household_landlord FOREIGN KEY (landlord_household_id) REFERENCES household (id),
    CONSTRAINT ck_household_status CHECK (status IN ('ACTIVE', 'MOVED_OUT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_household_path ON household (area_path, id);
CREATE INDEX ix_household_grid ON household (grid_id, status, id);
CREATE INDEX ix_household_building ON household (building_id, unit_no, room_no);
CREATE INDEX ix_household_address_key ON household (address_key);
CREATE INDEX ix_household_phone ON household (phone_hash);

CREATE TABLE household_tag (
    household_id BIGINT      NOT NULL,
    code         VARCHAR(32) NOT NULL,
    PRIMARY KEY (household_id, code),
    CONSTRAINT fk_household_tag_household FOREIGN KEY (household_id) REFERENCES household (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_household_tag_code ON household_tag (code, household_id);

CREATE TABLE resident (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    household_id      BIGINT       NOT NULL,
    name              VARCHAR(64)  NOT NULL,
    name_initials     VARCHAR(64)  NOT NULL,
    gender            CHAR(1)      NOT NULL,
    birth_date        DATE         NOT NULL,
    ethnicity         VARCHAR(32)  NOT NULL,
    id_card_enc       VARCHAR(255) NOT NULL,
    id_card_hash      CHAR(64)     NOT NULL,
    id_card_masked    VARCHAR(18)  NOT NULL,
    phone_enc         VARCHAR(255) NULL,
    phone_hash        CHAR(64)     NULL,
    phone_masked      VARCHAR(32)  NULL,
    relation          VARCHAR(32)  NOT NULL,
    registration_type VARCHAR(32)  NOT NULL,
    political_status  VARCHAR(32)  NULL,
    employment_status VARCHAR(32)  NULL,
    education         VARCHAR(32)  NULL,
    disability_grade  VARCHAR(32)  NULL,
    move_in_date      DATE         NULL,
    move_out_date     DATE         NULL,
    status            VARCHAR(16)  NOT NULL,
    area_path         VARCHAR(255) NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    created_at        DATETIME(6)  NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_resident_household FOREIGN KEY (household_id) REFERENCES household (id),
    CONSTRAINT uq_resident_id_card UNIQUE (id_card_hash),
    CONSTRAINT ck_resident_status CHECK (status IN ('ACTIVE', 'MOVED_OUT')),
    CONSTRAINT ck_resident_gender CHECK (gender IN ('M', 'F'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

ALTER TABLE household ADD CONSTRAINT fk_household_head FOREIGN KEY (head_resident_id) REFERENCES resident (id);

CREATE INDEX ix_resident_household ON resident (household_id);
CREATE INDEX ix_resident_path_name ON resident (area_path, name, id);
CREATE INDEX ix_resident_name ON resident (name, id);
CREATE INDEX ix_resident_initials ON resident (name_initials, id);
CREATE INDEX ix_resident_phone ON resident (phone_hash);
CREATE INDEX ix_resident_registration ON resident (registration_type, area_path);

CREATE TABLE resident_tag (
    resident_id BIGINT      NOT NULL,
    code        VARCHAR(32) NOT NULL,
    PRIMARY KEY (resident_id, code),
    CONSTRAINT fk_resident_tag_resident FOREIGN KEY (resident_id) REFERENCES resident (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_resident_tag_code ON resident_tag (code, resident_id);

-- History of households and their members: nothing is lost when people or households move.
CREATE TABLE household_event (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    household_id BIGINT       NOT NULL,
    resident_id  BIGINT       NULL,
    kind         VARCHAR(32)  NOT NULL,
    detail       VARCHAR(500) NULL,
    from_area_id BIGINT       NULL,
    to_area_id   BIGINT       NULL,
    actor        VARCHAR(64)  NOT NULL,
    at           DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_household_event_household FOREIGN KEY (household_id) REFERENCES household (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_household_event_household ON household_event (household_id, at);
CREATE INDEX ix_household_event_resident ON household_event (resident_id, at);

-- Who saw or took personal data, when, and why (PIPL). Never holds the data itself.
CREATE TABLE audit_log (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    at             DATETIME(6)   NOT NULL,
    actor_staff_id BIGINT        NULL,
    actor_username VARCHAR(64)   NOT NULL,
    action         VARCHAR(32)   NOT NULL,
    subject_type   VARCHAR(32)   NULL,
    subject_id     BIGINT        NULL,
    subject_label  VARCHAR(128)  NULL,
    reason         VARCHAR(500)  NULL,
    detail         VARCHAR(1000) NULL,
    area_path      VARCHAR(255)  NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_audit_at ON audit_log (at);
CREATE INDEX ix_audit_actor ON audit_log (actor_username, at);
CREATE INDEX ix_audit_path ON audit_log (area_path, at);
