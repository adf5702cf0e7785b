package com.gridwork.upload;

import com.gridwork.access.AreaScope;
import com.gridwork.common.error.Violations;
import com.gridwork.common.media.ImageTypes;
import com.gridwork.upload.PhotoUploadDtos.PhotoUploadView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Photos uploaded before their record (the phone's outbox sends photos first, then the visit or issue naming them in
 * {@code photoUploadIds}): the same types and size limit as visit and issue photos, kept {@link #KEPT} for their
 * uploader only. A record takes them in its own transaction ({@link #check}, then {@link #take}).
 */
@ApplicationScoped
public class PhotoUploadService {
    /** As for visit and issue photos. */
    static final int MAX_BYTES = 5 * 1024 * 1024;
    /** Long enough for an outbox to send the record after its photos, even after a night without signal. */
    public static final Duration KEPT = Duration.ofHours(24);

    @Inject
    AreaScope scope;

    @Inject
    EntityManager em;

    @Transactional
    public PhotoUploadView upload(Path file, long size) {
        ImageTypes.Photo photo = ImageTypes.read(file, size, MAX_BYTES, "photo-upload");
        PhotoUpload upload = new PhotoUpload();
        upload.uploaderId = scope.caller().staffId();
        upload.contentType = photo.contentType();
        upload.sizeBytes = photo.data().length;
        upload.data = photo.data();
        upload.createdAt = Instant.now();
        upload.expiresAt = upload.createdAt.plus(KEPT);
        upload.persist();
        return new PhotoUploadView(upload.id, upload.contentType, upload.sizeBytes, upload.expiresAt);
    }

    /**
     * The caller's uploads named in {@code ids}, locked for this transaction, with a violation on {@code field[i]}
     * for each that is unknown (or someone else's), used, expired, named twice or beyond the {@code room} left on the
     * record. Empty when {@code ids} is null.
     */
    public List<PhotoUpload> check(List<Long> ids, String field, int room, Violations violations) {
        if (ids == null) {
            return List.of();
        }
        long me = scope.caller().staffId();
        Instant now = Instant.now();
        Map<Long, Row> rows =
                lock(ids.stream().limit(room).filter(Objects::nonNull).toList(), now);
        Set<Long> seen = new HashSet<>();
        List<PhotoUpload> found = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String at = field + "[" + i + "]";
            Long id = ids.get(i);
            Row row = id == null ? null : rows.get(id);
            if (i >= room) {
                violations.add(at, "photo-upload.limit", room);
            } else if (row == null || row.uploaderId() != me) {
                violations.add(at, "photo-upload.unknown", id);
            } else if (!seen.add(id)) {
                violations.add(at, "photo-upload.twice", id);
            } else if (row.used()) {
                violations.add(at, "photo-upload.used", id);
            } else if (row.expired()) {
                violations.add(at, "photo-upload.expired", id);
            } else {
                found.add(PhotoUpload.findById(id));
            }
        }
        return found;
    }

    private record Row(long uploaderId, boolean used, boolean expired) {}

    /**
     * Locks the named uploads until the transaction ends and reads them as they are now (a locking read sees the
     * latest commit), so that two records sent at once cannot both take one. Native: Hibernate's MySQL lock clause
     * "for update of" does not parse on MariaDB.
     */
    private Map<Long, Row> lock(List<Long> ids, Instant now) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery(
                        "select id, uploader_id, used_at is not null, expires_at <= :now from photo_upload"
                                + " where id in (:ids) for update")
                .setParameter("ids", ids)
                .setParameter("now", now)
                .getResultList();
        Map<Long, Row> rows = new HashMap<>();
        for (Object[] r : found) {
            rows.put(((Number) r[0]).longValue(), new Row(((Number) r[1]).longValue(), truth(r[2]), truth(r[3])));
        }
        return rows;
    }

    /** A SQL truth value as the driver hands it (a Boolean or a number, depending on the server). */
    private static boolean truth(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }

    /** Marks checked uploads used and hands over their photos, in order; their bytes now live in the record. */
    public List<ImageTypes.Photo> take(List<PhotoUpload> uploads) {
        Instant now = Instant.now();
        List<ImageTypes.Photo> photos = new ArrayList<>();
        for (PhotoUpload upload : uploads) {
            photos.add(new ImageTypes.Photo(upload.contentType, upload.data));
            upload.data = new byte[0];
            upload.usedAt = now;
        }
        return photos;
    }
}
