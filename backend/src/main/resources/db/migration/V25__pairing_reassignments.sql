-- Bulk reassignment of pairings (批量转交, issue 15): when a helper leaves or a grid changes hands, every active
-- pairing of one helper (in an area, within the caller's scope) ends with REASSIGNED and a new pairing of the other
-- helper continues it; the open obligations move along. One row per reassignment, and a trace of every move, so
-- history is visible and nothing is lost.
CREATE TABLE pairing_reassignment (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    -- the area it was done in: the area named, else the caller's scope (its common ancestor)
    area_id              BIGINT        NULL,
    area_path            VARCHAR(255)  NOT NULL,
    from_kind            VARCHAR(16)   NOT NULL,
    from_staff_id        BIGINT        NULL,
    from_volunteer_id    BIGINT        NULL,
    from_name            VARCHAR(64)   NOT NULL,
    to_kind              VARCHAR(16)   NOT NULL,
    to_staff_id          BIGINT        NULL,
    to_volunteer_id      BIGINT        NULL,
    to_name              VARCHAR(64)   NOT NULL,
    -- the grid that changes hands, when the area named is a grid
    grid_id              BIGINT        NULL,
    include_grid_obligations BOOLEAN   NOT NULL,
    reason               VARCHAR(500)  NOT NULL,
    pairings_moved       INT           NOT NULL,
    obligations_moved    INT           NOT NULL,
    grid_obligations_moved INT         NOT NULL,
    done_by_id           BIGINT        NOT NULL,
    done_at              DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_pairing_reassignment_area FOREIGN KEY (area_id) REFERENCES area (id),
    CONSTRAINT fk_pairing_reassignment_grid FOREIGN KEY (grid_id) REFERENCES area (id),
    CONSTRAINT fk_pairing_reassignment_from_staff FOREIGN KEY (from_staff_id) REFERENCES staff (id),
    CONSTRAINT fk_pairing_reassignment_from_volunteer FOREIGN KEY (from_volunteer_id) REFERENCES volunteer (id),
    CONSTRAINT fk_pairing_reassignment_to_staff FOREIGN KEY (to_staff_id) REFERENCES staff (id),
    CONSTRAINT fk_pairing_reassignment_to_volunteer FOREIGN KEY (to_volunteer_id) REFERENCES volunteer (id),
    CONSTRAINT fk_pairing_reassignment_done_by FOREIGN KEY (done_by_id) REFERENCES staff (id),
    CONSTRAINT ck_pairing_reassignment_from_kind CHECK (from_kind IN ('STAFF', 'VOLUNTEER', 'PARTY_MEMBER', 'UNIT')),
    CONSTRAINT ck_pairing_reassignment_to_kind CHECK (to_kind IN ('STAFF', 'VOLUNTEER', 'PARTY_MEMBER', 'UNIT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_pairing_reassignment_path ON pairing_reassignment (area_path, done_at, id);

-- the pairing a reassignment started (it continues pairing.reassigned_from_id)
ALTER TABLE pairing ADD COLUMN reassignment_id BIGINT NULL;
ALTER TABLE pairing ADD CONSTRAINT fk_pairing_reassignment FOREIGN KEY (reassignment_id) REFERENCES pairing_reassignment (id);
CREATE INDEX ix_pairing_reassignment ON pairing (reassignment_id);

-- every open obligation a reassignment moved: from which pairing and person to which (a grid worker's obligation
-- has no pairing)
CREATE TABLE visit_obligation_move (
    reassignment_id  BIGINT NOT NULL,
    obligation_id    BIGINT NOT NULL,
    from_pairing_id  BIGINT NULL,
    to_pairing_id    BIGINT NULL,
    from_staff_id    BIGINT NULL,
    to_staff_id      BIGINT NULL,
    PRIMARY KEY (reassignment_id, obligation_id),
    CONSTRAINT fk_visit_obligation_move_reassignment FOREIGN KEY (reassignment_id) REFERENCES pairing_reassignment (id),
    CONSTRAINT fk_visit_obligation_move_obligation FOREIGN KEY (obligation_id) REFERENCES visit_obligation (id),
    CONSTRAINT fk_visit_obligation_move_from_pairing FOREIGN KEY (from_pairing_id) REFERENCES pairing (id),
    CONSTRAINT fk_visit_obligation_move_to_pairing FOREIGN KEY (to_pairing_id) REFERENCES pairing (id),
    CONSTRAINT fk_visit_obligation_move_from_staff FOREIGN KEY (from_staff_id) REFERENCES staff (id),
    CONSTRAINT fk_visit_obligation_move_to_staff FOREIGN KEY (to_staff_id) REFERENCES staff (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_visit_obligation_move_obligation ON visit_obligation_move (obligation_id);
