-- The party-building statistics (PartyBuildingQueries) read each table under an area path; these indexes hold every
-- column their statements read, so that a district's rows are one index range scan without row lookups (EXPLAIN:
-- "Using index"), and the claims, which V30 indexes by post, member and report only, are read by path, not scanned.
CREATE INDEX ix_party_report_stats ON party_member_report
    (area_path, report_year, status, volunteer_id, community_id, employer_type, unit_id, decided_at);
CREATE INDEX ix_party_claim_stats ON party_post_claim (area_path, claimed_at, ended_at, volunteer_id, post_id);
CREATE INDEX ix_micro_wish_stats ON micro_wish (area_path, status, published_at, realised_on);
CREATE INDEX ix_cobuild_project_stats ON cobuild_project (area_path, status, approved_at, accepted_at);
CREATE INDEX ix_cobuild_agreement_stats ON cobuild_agreement (area_path, status, unit_id, community_id);
-- posts by path with their term and counts (EXPLAIN read every post), claims of wishes by the day they were made
-- (EXPLAIN read every claim to find the period's)
CREATE INDEX ix_party_post_stats ON party_post (area_path, term_from, term_to, capacity, claim_count);
CREATE INDEX ix_wish_claim_stats ON micro_wish_claim (claimed_at, wish_id);
