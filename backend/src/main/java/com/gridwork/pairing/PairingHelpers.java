package com.gridwork.pairing;

import com.gridwork.access.AreaScope;
import com.gridwork.area.Area;
import com.gridwork.common.persistence.Like;
import com.gridwork.common.persistence.Where;
import com.gridwork.pairing.PairingDtos.PairingHelperCandidate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static com.gridwork.common.Text.blankToNull;

/**
 * Who may be paired as a helper: enabled staff accounts of the caller's areas (a volunteer's account is not one: a
 * volunteer is paired through its profile) and active volunteers of them, with the pairings each has now.
 */
@ApplicationScoped
public class PairingHelpers {
    /** Candidates of each kind at most. */
    static final int LIMIT = 30;

    @Inject
    AreaScope scope;

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PairingHelperCandidate> search(String q, HelperKind kind, Long areaId) {
        String text = blankToNull(q);
        // an area narrows to the people who work within it or above it (a community's staff for one of its grids)
        String areaPath = areaId == null ? null : scope.find(Area.class, areaId).path;
        List<PairingHelperCandidate> found = new ArrayList<>();
        if (kind == null || kind == HelperKind.STAFF) {
            found.addAll(staff(text, areaPath));
        }
        if (kind == null || kind == HelperKind.VOLUNTEER) {
            found.addAll(volunteers(text, areaPath));
        }
        found.sort(Comparator.comparing(PairingHelperCandidate::name)
                .thenComparing(PairingHelperCandidate::kind)
                .thenComparing(c -> c.staffId() == null ? 0L : c.staffId())
                .thenComparing(c -> c.volunteerId() == null ? 0L : c.volunteerId()));
        return found;
    }

    private static void near(Where where, String pathColumn, String areaPath) {
        if (areaPath != null) {
            where.and(
                    "(" + pathColumn + " LIKE :areaPrefix OR :areaPath LIKE CONCAT(" + pathColumn + ", '%'))",
                    Map.of("areaPrefix", areaPath + "%", "areaPath", areaPath));
        }
    }

    @SuppressWarnings("unchecked")
    private List<PairingHelperCandidate> staff(String q, String areaPath) {
        AreaScope.ScopeFilter filter = scope.filter("a.path");
        Where inArea = new Where().and(filter.sql(), filter.params());
        near(inArea, "a.path", areaPath);
        Where where = new Where()
                .and("s.enabled = TRUE AND s.service_account = FALSE AND s.role <> 'volunteer'")
                .and(
                        "EXISTS (SELECT 1 FROM staff_area sa JOIN area a ON a.id = sa.area_id WHERE sa.staff_id = s.id"
                                + " AND " + inArea.conditions() + ")",
                        inArea.params())
                .and("s.display_name LIKE :q", "q", q, Like::contains);
        List<Object[]> rows = where.bind(em.createNativeQuery("SELECT s.id, s.display_name,"
                        + " (SELECT COUNT(*) FROM pairing p WHERE p.helper_staff_id = s.id AND p.status = 'ACTIVE')"
                        + " FROM staff s WHERE " + where.conditions() + " ORDER BY s.display_name, s.id"))
                .setMaxResults(LIMIT)
                .getResultList();
        return rows.stream()
                .map(r -> new PairingHelperCandidate(
                        HelperKind.STAFF,
                        ((Number) r[0]).longValue(),
                        null,
                        (String) r[1],
                        true,
                        ((Number) r[2]).longValue()))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<PairingHelperCandidate> volunteers(String q, String areaPath) {
        AreaScope.ScopeFilter filter = scope.filter("v.area_path");
        Where where = new Where().and("v.status = 'ACTIVE'").and(filter.sql(), filter.params());
        near(where, "v.area_path", areaPath);
        if (q != null) {
            // the name, or its full pinyin or initials from the beginning (lijing, lj → 李静)
            where.and(
                    "(v.name LIKE :q OR v.name_pinyin LIKE :qPrefix OR v.name_initials LIKE :qPrefix)",
                    Map.of("q", Like.contains(q), "qPrefix", Like.prefix(q)));
        }
        List<Object[]> rows = where.bind(em.createNativeQuery("SELECT v.id, v.name, v.staff_id,"
                        + " (SELECT COUNT(*) FROM pairing p WHERE p.helper_volunteer_id = v.id"
                        + " AND p.status = 'ACTIVE')"
                        + " FROM volunteer v WHERE " + where.conditions() + " ORDER BY v.name, v.id"))
                .setMaxResults(LIMIT)
                .getResultList();
        return rows.stream()
                .map(r -> new PairingHelperCandidate(
                        HelperKind.VOLUNTEER,
                        r[2] == null ? null : ((Number) r[2]).longValue(),
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        r[2] != null,
                        ((Number) r[3]).longValue()))
                .toList();
    }
}
