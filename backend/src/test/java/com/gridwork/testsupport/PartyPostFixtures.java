package com.gridwork.testsupport;

import com.gridwork.area.Area;
import com.gridwork.area.AreaLevel;
import com.gridwork.common.time.BeijingTime;
import com.gridwork.party.PartyMemberSelf;
import com.gridwork.party.PartyReportStatus;
import com.gridwork.party.post.PartyPost;
import com.gridwork.party.post.PartyPostClaim;
import com.gridwork.party.post.PartyPostClaimStatus;
import com.gridwork.party.post.PartyPostStatus;
import com.gridwork.party.post.PartyServiceLog;
import com.gridwork.party.post.PartyServiceLogStatus;
import com.gridwork.party.post.PartyServicePhoto;
import com.gridwork.staff.Staff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;

/** Builds party posts, claims, service logs and their photos straight in the database (issue 16, posts part). */
@ApplicationScoped
public class PartyPostFixtures {
    private static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'
    };

    @Inject
    PartyFixtures party;

    @Inject
    EntityManager em;

    /** A post, its member's live claim, their SUBMITTED service log and its photo. */
    public record Served(long post, long claim, long log, long photo) {}

    /**
     * The volunteer's ACTIVE report of this year to the community: the one it holds already (another part's fixture
     * may have made it), else a new one.
     */
    public long activeReport(long volunteerId, long communityId) {
        Long existing = existingReport(volunteerId);
        return existing != null
                ? existing
                : party.report(volunteerId, communityId, BeijingTime.today().getYear(), PartyReportStatus.ACTIVE, null);
    }

    @Transactional
    Long existingReport(long volunteerId) {
        return PartyMemberSelf.activeReportOf(volunteerId).map(r -> r.id).orElse(null);
    }

    /** An OPEN post of a community or grid, its term this year, with a live claim of the member, a log and a photo. */
    @Transactional
    public Served served(long areaId, long volunteerId, long reportId, long staffId) {
        Area area = Area.findById(areaId);
        PartyPost post = new PartyPost();
        post.area = area;
        post.community = area.level == AreaLevel.COMMUNITY ? area : area.parent;
        post.areaPath = area.path;
        post.categoryCode = "BUILDING_WATCH";
        post.title = Fixtures.unique("测试岗位");
        post.capacity = 3;
        LocalDate today = BeijingTime.today();
        post.termFrom = today.withDayOfYear(1);
        post.termTo = today.withDayOfYear(today.lengthOfYear());
        post.status = PartyPostStatus.OPEN;
        post.createdById = staffId;
        post.persist();
        PartyPostClaim claim = new PartyPostClaim();
        claim.postId = post.id;
        claim.reportId = reportId;
        claim.volunteerId = volunteerId;
        claim.areaPath = post.areaPath;
        claim.status = PartyPostClaimStatus.ACTIVE;
        claim.claimedAt = Instant.now();
        claim.persist();
        em.flush();
        em.createNativeQuery("update party_post set claim_count = 1 where id = :id")
                .setParameter("id", post.id)
                .executeUpdate();
        PartyServiceLog log = new PartyServiceLog();
        log.claimId = claim.id;
        log.postId = post.id;
        log.volunteerId = volunteerId;
        log.areaPath = post.areaPath;
        log.serviceDate = today;
        log.minutes = 60;
        log.description = "测试服务";
        log.status = PartyServiceLogStatus.SUBMITTED;
        log.createdAt = Instant.now();
        log.persist();
        PartyServicePhoto photo = new PartyServicePhoto();
        photo.logId = log.id;
        photo.contentType = "image/png";
        photo.sizeBytes = PNG.length;
        photo.data = PNG;
        photo.uploadedById = staffId;
        photo.uploadedAt = Instant.now();
        photo.persist();
        return new Served(post.id, claim.id, log.id, photo.id);
    }

    /** Any staff account's id (the creator of fixtures' posts). */
    @Transactional
    public long anyStaffId() {
        return Staff.<Staff>find("order by id").firstResult().id;
    }
}
