package com.gridwork.visit;

import com.gridwork.access.AreaScope;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.media.ImageTypes;
import com.gridwork.visit.VisitDtos.VisitDetail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * A visit's photos: JPEG, PNG or WebP recognised by content, at most 5 MB each and 9 per visit, added by the visitor
 * (or a manager in scope) within 24 hours of the visit's receipt; read by whoever may read the visit.
 */
@ApplicationScoped
public class VisitPhotoService {
    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_PHOTOS = 9;
    /** Photos belong to the visit as it was: they are added while it is fresh, not weeks later. */
    static final Duration WINDOW = Duration.ofHours(24);

    @Inject
    VisitService visits;

    @Inject
    VisitViews views;

    @Inject
    AreaScope scope;

    public record PhotoContent(String contentType, byte[] data) {}

    @Transactional
    public VisitDetail add(long visitId, Path file, long size) {
        Visit visit = visits.visible(visitId);
        VisitService.requireVisitorOrManager(visit, scope.caller());
        if (Instant.now().isAfter(visit.receivedAt.plus(WINDOW))) {
            throw ApiProblem.conflict("visit.photo.too-late", WINDOW.toHours());
        }
        if (VisitPhoto.count("visitId", visit.id) >= MAX_PHOTOS) {
            throw ApiProblem.conflict("visit.photo.limit", MAX_PHOTOS);
        }
        ImageTypes.Photo upload = ImageTypes.read(file, size, MAX_BYTES, "visit.photo");
        VisitPhoto.store(visit.id, upload, scope.caller().staffId(), Instant.now());
        visit.touch();
        return views.detail(visit);
    }

    @Transactional
    public PhotoContent content(long visitId, long photoId) {
        Visit visit = visits.visible(visitId);
        VisitPhoto photo = VisitPhoto.findById(photoId);
        if (photo == null || !photo.visitId.equals(visit.id)) {
            throw ApiProblem.notFound("visit.photo.not-found", photoId);
        }
        return new PhotoContent(photo.contentType, photo.data);
    }
}
