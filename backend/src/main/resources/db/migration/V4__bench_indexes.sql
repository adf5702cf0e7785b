-- Indexes found by the district benchmark (issue 5, `make bench`: 300,000 households, 1,000,000 residents).
-- Registry statistics count active records of a scope: with these, each count reads a narrow index (status,
-- area path, and the grouped column) instead of the wide rows (encrypted personal data) or a join.
CREATE INDEX ix_resident_status_path ON resident (status, area_path, registration_type);
CREATE INDEX ix_household_status_path ON household (status, area_path, grid_id);
