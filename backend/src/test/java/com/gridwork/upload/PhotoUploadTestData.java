package com.gridwork.upload;

import com.gridwork.issue.photo.IssuePhoto;
import com.gridwork.visit.VisitPhoto;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;

/** Reads and ages photo uploads behind the API's back. */
@ApplicationScoped
public class PhotoUploadTestData {
    /** Moves an upload's expiry (expires_at is not updatable through the entity). */
    @Transactional
    public void expiresAt(long id, Instant at) {
        PhotoUpload.getEntityManager()
                .createNativeQuery("UPDATE photo_upload SET expires_at = :at WHERE id = :id")
                .setParameter("at", at)
                .setParameter("id", id)
                .executeUpdate();
    }

    @Transactional
    public boolean exists(long id) {
        return PhotoUpload.findById(id) != null;
    }

    @Transactional
    public byte[] visitPhotoBytes(long visitId) {
        return VisitPhoto.<VisitPhoto>find("visitId = ?1 order by id", visitId).firstResult().data;
    }

    @Transactional
    public long issuePhotoCount(long issueId) {
        return IssuePhoto.count("issueId", issueId);
    }
}
