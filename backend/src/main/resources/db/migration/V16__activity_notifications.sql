-- Activity notices (issue 14): a notification is about an issue or, now, about a volunteer activity (its
-- cancellation, told to every volunteer whose sign-up it cancelled). The activity's title and the reason are copied
-- so the notice reads the same after the activity changes.
ALTER TABLE notification MODIFY issue_id BIGINT NULL;
ALTER TABLE notification MODIFY issue_number VARCHAR(32) NULL;
ALTER TABLE notification MODIFY issue_category VARCHAR(64) NULL;
ALTER TABLE notification ADD COLUMN activity_id BIGINT NULL;
ALTER TABLE notification ADD COLUMN activity_title VARCHAR(100) NULL;
ALTER TABLE notification ADD COLUMN reason VARCHAR(500) NULL;
ALTER TABLE notification
    ADD CONSTRAINT fk_notification_activity FOREIGN KEY (activity_id) REFERENCES volunteer_activity (id);
ALTER TABLE notification
    ADD CONSTRAINT ck_notification_subject CHECK (issue_id IS NOT NULL OR activity_id IS NOT NULL);
