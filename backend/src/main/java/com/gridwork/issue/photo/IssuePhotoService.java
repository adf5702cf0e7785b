package com.gridwork.issue.photo;

import com.gridwork.access.AreaScope;
import com.gridwork.access.Permission;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.media.ImageTypes;
import com.gridwork.issue.Issue;
import com.gridwork.issue.IssueDtos.Action;
import com.gridwork.issue.IssueDtos.IssueDetail;
import com.gridwork.issue.IssueEvent;
import com.gridwork.issue.IssueService;
import com.gridwork.issue.IssueTimeline;
import com.gridwork.issue.IssueWorkflow;
import com.gridwork.staff.Staff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.nio.file.Path;
import java.time.Instant;

/** Photos of an issue: JPEG, PNG or WebP recognised by their content (not by what the client claims). */
@ApplicationScoped
public class IssuePhotoService {
    static final int MAX_BYTES = 5 * 1024 * 1024;

    @Inject
    IssueService issues;

    @Inject
    IssueTimeline timeline;

    @Inject
    AreaScope scope;

    public record PhotoContent(String contentType, byte[] data) {}

    @Transactional
    public IssueDetail add(long issueId, Path file, long size) {
        Issue issue = issues.acting(issueId, null, Action.ADD_PHOTO);
        if (IssuePhoto.count("issueId", issue.id) >= IssueWorkflow.MAX_PHOTOS) {
            throw ApiProblem.conflict("issue.photo.limit", IssueWorkflow.MAX_PHOTOS);
        }
        ImageTypes.Photo upload = ImageTypes.read(file, size, MAX_BYTES, "issue.photo");
        IssuePhoto.store(issue.id, upload, Staff.findById(scope.caller().staffId()), Instant.now());
        issue.touch();
        return timeline.record(issue, IssueEvent.Type.PHOTO_ADDED, null, null);
    }

    @Transactional
    public PhotoContent content(long issueId, long photoId) {
        Issue issue = issues.visible(issueId);
        IssuePhoto photo = photo(issue, photoId);
        return new PhotoContent(photo.contentType, photo.data);
    }

    /** The uploader or a manager may remove a photo while the issue is still open for photos. */
    @Transactional
    public IssueDetail remove(long issueId, long photoId) {
        Issue issue = issues.acting(issueId, null, Action.ADD_PHOTO);
        IssuePhoto photo = photo(issue, photoId);
        boolean mine = photo.uploadedBy.id == scope.caller().staffId();
        if (!mine && !IssueWorkflow.isManager(issue, scope.caller())
                || !scope.caller().may(Permission.ISSUES_WRITE)) {
            throw ApiProblem.forbidden("issue.photo.not-yours");
        }
        photo.delete();
        issue.touch();
        return timeline.record(issue, IssueEvent.Type.PHOTO_REMOVED, null, null);
    }

    private static IssuePhoto photo(Issue issue, long photoId) {
        IssuePhoto photo = IssuePhoto.findById(photoId);
        if (photo == null || !photo.issueId.equals(issue.id)) {
            throw ApiProblem.notFound("issue.photo.not-found", photoId);
        }
        return photo;
    }
}
