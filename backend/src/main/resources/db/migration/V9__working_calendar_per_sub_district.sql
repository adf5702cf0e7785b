-- The working calendar per sub-district with a platform default (issue 11), like issue categories and code lists.
-- A calendar_year row with sub_district_id NULL is a year of the platform default, entered by a street-admin of the
-- whole platform; a row with a sub-district is that sub-district's own version of the year (its complete list of
-- exceptions, e.g. the default's days plus a local holiday), entered by a street-admin of that sub-district. A
-- sub-district without its own row for a year follows the platform default for that year.
--
-- The year was the primary key, so the tables are rebuilt (no engine changes a primary key or adds a stored
-- generated column in place everywhere): the old ones are renamed, the new ones filled from them, the old dropped.
-- Constraint names differ from V6's because MySQL names CHECK constraints per schema.
RENAME TABLE calendar_year TO calendar_year_v6, calendar_day TO calendar_day_v6;

CREATE TABLE calendar_year (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    sub_district_id  BIGINT       NULL,
    -- NULL never collides in a UNIQUE index, so the platform default's years are unique under 0 instead.
    sub_district_key BIGINT       AS (COALESCE(sub_district_id, 0)) STORED,
    year             INT          NOT NULL,
    source           VARCHAR(200) NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    -- An empty sub-district may be deleted; its own calendar goes with it.
    CONSTRAINT fk_calendar_year_sub_district FOREIGN KEY (sub_district_id) REFERENCES area (id) ON DELETE CASCADE,
    CONSTRAINT uq_calendar_year_owner UNIQUE (sub_district_key, year),
    CONSTRAINT ck_calendar_year_in_range CHECK (year BETWEEN 2000 AND 2100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Each day belongs to the calendar_year of its date and owner.
CREATE TABLE calendar_day (
    calendar_year_id BIGINT      NOT NULL,
    day              DATE        NOT NULL,
    kind             VARCHAR(24) NOT NULL,
    name             VARCHAR(64) NULL,
    PRIMARY KEY (calendar_year_id, day),
    CONSTRAINT fk_calendar_day_year FOREIGN KEY (calendar_year_id) REFERENCES calendar_year (id) ON DELETE CASCADE,
    CONSTRAINT ck_calendar_day_kind_known CHECK (kind IN ('HOLIDAY', 'ADJUSTED_WORKDAY'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Every year entered so far becomes a year of the platform default.
INSERT INTO calendar_year (sub_district_id, year, source, version, created_at, updated_at)
SELECT NULL, year, source, version, created_at, updated_at FROM calendar_year_v6;

INSERT INTO calendar_day (calendar_year_id, day, kind, name)
SELECT y.id, d.day, d.kind, d.name
FROM calendar_day_v6 d
JOIN calendar_year y ON y.sub_district_id IS NULL AND y.year = YEAR(d.day);

DROP TABLE calendar_day_v6;
DROP TABLE calendar_year_v6;
