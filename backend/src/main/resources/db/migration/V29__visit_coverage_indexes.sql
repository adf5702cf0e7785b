-- Visit coverage (issue 15): the grouped scans of one period in a scope read only this index (it covers every column
-- the figures and the group-bys by grid, worker and pairing type need), so a district's 300,000 obligations are one
-- range scan of the index and no row lookups. ix_visit_obligation_coverage stays for the lists that need rows.
CREATE INDEX ix_visit_obligation_coverage_groups ON visit_obligation
    (period_id, area_path, status, completed_days, attempt_days, due_on, grid_id, responsible_staff_id, pairing_type_code);
