package com.gridwork.wish;

import com.gridwork.access.AreaScope;
import com.gridwork.access.StaffRole;
import com.gridwork.cobuild.agreement.CoBuildAgreementStatus;
import com.gridwork.cobuild.unit.CoBuildUnit;
import com.gridwork.cobuild.unit.LiaisonSelf;
import com.gridwork.party.PartyMemberSelf;
import com.gridwork.volunteer.Volunteer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The calling claimant and the wishes it reaches. A volunteer account reaches the published wishes of its
 * volunteer profile's community and of the community of its ACTIVE party report (then it claims as PARTY_MEMBER,
 * else as VOLUNTEER); a unit liaison those of the communities its unit is paired with (an ACTIVE agreement), and
 * claims as UNIT. Each sees its own claims wherever they lie. Never the area scope: claimants do not read the
 * registry. Loaded once per request.
 */
@RequestScoped
public class MicroWishClaimant {
    @Inject
    AreaScope scope;

    @Inject
    PartyMemberSelf memberSelf;

    @Inject
    LiaisonSelf liaisonSelf;

    @Inject
    EntityManager em;

    /** Who claims: the kind, the volunteer profile or the unit, its name and the communities it reaches. */
    public record Who(MicroWishClaimantKind kind, Long volunteerId, Long unitId, String name, Set<Long> communities) {
        boolean owns(MicroWishClaim claim) {
            return kind == MicroWishClaimantKind.UNIT
                    ? unitId.equals(claim.unitId)
                    : claim.unitId == null && volunteerId.equals(claim.volunteerId);
        }
    }

    private Optional<Who> who;

    /** Whether the caller is a claimant account (volunteer or unit liaison) rather than staff. */
    public boolean isClaimantRole() {
        StaffRole role = scope.caller().role();
        return role == StaffRole.VOLUNTEER || role == StaffRole.UNIT_LIAISON;
    }

    /** The caller as a claimant; empty for staff, an unlinked volunteer account and an unlinked liaison. */
    public Optional<Who> who() {
        if (who == null) {
            who = load();
        }
        return who;
    }

    private Optional<Who> load() {
        StaffRole role = scope.caller().role();
        if (role == StaffRole.UNIT_LIAISON) {
            return liaisonSelf.unitId().map(unitId -> {
                CoBuildUnit unit = CoBuildUnit.findById(unitId);
                return new Who(MicroWishClaimantKind.UNIT, null, unitId, unit.name, pairedCommunities(unitId));
            });
        }
        if (role != StaffRole.VOLUNTEER) {
            return Optional.empty();
        }
        return memberSelf.profile().map(this::volunteer);
    }

    private Who volunteer(Volunteer profile) {
        Set<Long> communities = new TreeSet<>();
        communities.add(profile.communityId);
        var report = memberSelf.activeReport();
        report.ifPresent(r -> communities.add(r.communityId));
        return new Who(
                report.isPresent() ? MicroWishClaimantKind.PARTY_MEMBER : MicroWishClaimantKind.VOLUNTEER,
                profile.id,
                null,
                profile.name,
                communities);
    }

    private Set<Long> pairedCommunities(long unitId) {
        return new TreeSet<>(em.createQuery(
                        "select a.communityId from CoBuildAgreement a where a.unitId = :unit and a.status = :active",
                        Long.class)
                .setParameter("unit", unitId)
                .setParameter("active", CoBuildAgreementStatus.ACTIVE)
                .getResultList());
    }
}
