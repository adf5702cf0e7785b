-- An issue may be given to a volunteer team instead of a staff handler (issue 14): the team's leaders take the
-- handler's steps, the first-responsible person stays accountable. At most one of handler_id, handler_team_id is set.
ALTER TABLE issue ADD COLUMN handler_team_id BIGINT NULL;
ALTER TABLE issue ADD CONSTRAINT fk_issue_handler_team FOREIGN KEY (handler_team_id) REFERENCES volunteer_team (id);
ALTER TABLE issue ADD CONSTRAINT ck_issue_one_handler CHECK (handler_id IS NULL OR handler_team_id IS NULL);
-- a leader's list (the issues their teams handle), newest first
CREATE INDEX ix_issue_handler_team ON issue (handler_team_id, received_at, id);
