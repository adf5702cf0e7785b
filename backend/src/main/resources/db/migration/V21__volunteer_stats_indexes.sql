-- Volunteer statistics (志愿服务统计): the ledger's figures and the ranking read CONFIRMED entries of an area and a
-- period from this index alone (covering: no row lookups for the two million entries of a district); the registered
-- volunteers of an area count from the second without reading the rows.
CREATE INDEX ix_hours_stats ON volunteer_hours_entry
    (status, area_path, service_date, volunteer_id, minutes, community_id, team_id, category_code);
CREATE INDEX ix_volunteer_stats ON volunteer (status, area_path, registered_on, community_id);
