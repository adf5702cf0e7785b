-- Area hierarchy: sub-district > community > grid > building, one table with a materialised path
-- ("/1/5/23/") so that "everything under the caller's scope" is a prefix match on an index.
CREATE TABLE area (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    level        VARCHAR(16)  NOT NULL,
    parent_id    BIGINT       NULL,
    -- NULL parents never collide in a UNIQUE index, so uniqueness among sub-districts uses 0 instead.
    parent_key   BIGINT       AS (COALESCE(parent_id, 0)) STORED,
    path         VARCHAR(255) NOT NULL,
    code         VARCHAR(32)  NOT NULL,
    name         VARCHAR(64)  NOT NULL,
    description  VARCHAR(500) NULL,
    address      VARCHAR(200) NULL,
    floors       INT          NULL,
    unit_count   INT          NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    created_at   DATETIME(6)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_area_parent FOREIGN KEY (parent_id) REFERENCES area (id),
    CONSTRAINT uq_area_code UNIQUE (parent_key, code),
    CONSTRAINT uq_area_name UNIQUE (parent_key, name),
    CONSTRAINT ck_area_level CHECK (level IN ('SUB_DISTRICT', 'COMMUNITY', 'GRID', 'BUILDING'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_area_path ON area (path);
CREATE INDEX ix_area_level ON area (level, parent_id);

-- Staff accounts. Keycloak holds the credentials; role, scope and the enabled flag are ours and are read on
-- every request, so a change takes effect on the next request rather than the next login.
CREATE TABLE staff (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    username         VARCHAR(64)  NOT NULL,
    display_name     VARCHAR(64)  NOT NULL,
    phone            VARCHAR(20)  NULL,
    role             VARCHAR(32)  NOT NULL,
    enabled          BOOLEAN      NOT NULL DEFAULT TRUE,
    keycloak_user_id VARCHAR(64)  NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_staff_username UNIQUE (username),
    CONSTRAINT ck_staff_role CHECK (role IN ('street-admin', 'community-staff', 'grid-worker', 'volunteer', 'unit-liaison', 'viewer'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE staff_area (
    staff_id BIGINT NOT NULL,
    area_id  BIGINT NOT NULL,
    PRIMARY KEY (staff_id, area_id),
    CONSTRAINT fk_staff_area_staff FOREIGN KEY (staff_id) REFERENCES staff (id) ON DELETE CASCADE,
    CONSTRAINT fk_staff_area_area FOREIGN KEY (area_id) REFERENCES area (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_staff_area_area ON staff_area (area_id);
