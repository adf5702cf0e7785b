-- Registry statistics from a per-grid rollup (issue 5: district statistics under 300 ms). Counting 1,000,000
-- residents on every request is too slow, so each grid keeps its counts of ACTIVE records, and every registry
-- write marks the grids it touched stale in its own transaction. A statistics request first recomputes the stale
-- grids of its scope (household/RegistryCounts), then sums the rollup: the numbers stay exact, never cached by time.
--
-- dimension  HOUSEHOLDS                  code ''                  active households
--            RESIDENTS_BY_REGISTRATION   registration type        active residents ('' when none)
--            CARE_GROUP                  resident_tag code        active residents with the tag
--            HOUSEHOLD_TAG               household_tag code       active households with the tag
-- Only non-zero counts are stored. Keyed by grid id, not path: paths are joined from area when read.
-- ON DELETE CASCADE: an empty grid may still be marked stale, and deleting it must not be refused for that.
CREATE TABLE registry_grid_count (
    grid_id   BIGINT      NOT NULL,
    dimension VARCHAR(32) NOT NULL, -- 'RESIDENTS_BY_REGISTRATION' has 25 characters
    code      VARCHAR(64) NOT NULL,
    total     BIGINT      NOT NULL,
    PRIMARY KEY (grid_id, dimension, code),
    CONSTRAINT fk_registry_grid_count_grid FOREIGN KEY (grid_id) REFERENCES area (id) ON DELETE CASCADE,
    CONSTRAINT ck_registry_grid_count_dimension
        CHECK (dimension IN ('HOUSEHOLDS', 'RESIDENTS_BY_REGISTRATION', 'CARE_GROUP', 'HOUSEHOLD_TAG'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Grids whose counts must be recomputed before they are read. A writer inserts the row (or bumps generation) in
-- the transaction of its change; the refresh locks the row first, recounts, and deletes it in one transaction.
CREATE TABLE registry_grid_stale (
    grid_id    BIGINT NOT NULL,
    generation BIGINT NOT NULL,
    PRIMARY KEY (grid_id),
    CONSTRAINT fk_registry_grid_stale_grid FOREIGN KEY (grid_id) REFERENCES area (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Existing registries (the district benchmark's 1,000,000 residents) start with every grid stale: the first
-- statistics request of a scope computes it.
INSERT INTO registry_grid_stale (grid_id, generation) SELECT id, 1 FROM area WHERE level = 'GRID';
