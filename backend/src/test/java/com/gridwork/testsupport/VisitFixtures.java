package com.gridwork.testsupport;

import com.gridwork.area.Area;
import com.gridwork.pairing.HelperKind;
import com.gridwork.pairing.Pairing;
import com.gridwork.registry.household.Household;
import com.gridwork.staff.Staff;
import com.gridwork.visit.VisitMode;
import com.gridwork.visit.rule.PeriodKind;
import com.gridwork.visit.rule.VisitResponsible;
import com.gridwork.visit.rule.VisitRule;
import com.gridwork.visit.rule.VisitTarget;
import com.gridwork.volunteer.Volunteer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds households, pairings and visit rules straight in the database, for tests of one part of pairings and
 * visits without going through the others' API.
 */
@ApplicationScoped
public class VisitFixtures {
    /** A valid visit body: completed in the home now, with a location. */
    public static Map<String, Object> visitBody(long householdId) {
        Map<String, Object> body = new HashMap<>();
        body.put("householdId", householdId);
        body.put("mode", "IN_HOME");
        body.put("outcome", "COMPLETED");
        body.put("visitedAt", Instant.now().toString());
        body.put("location", Map.of("latitude", 31.2304, "longitude", 121.4737, "accuracyMeters", 15));
        return body;
    }

    /** An active household of a grid (no building) with these household tags. */
    @Transactional
    public long household(long gridId, String... tags) {
        Area grid = Area.findById(gridId);
        Household h = new Household();
        h.grid = grid;
        h.address = "测试路" + UUID.randomUUID().toString().substring(0, 8) + "号";
        h.addressKey = "test:" + UUID.randomUUID();
        h.addrText = h.address;
        h.housingType = "OWNED";
        h.areaPath = Household.areaPathOf(grid, null);
        h.tags.addAll(List.of(tags));
        h.persist();
        return h.id;
    }

    /** An active pairing of a staff member (by username) with a household, from today. */
    @Transactional
    public long pairStaff(long householdId, String helperUsername, String typeCode) {
        Staff helper = Staff.find("username", helperUsername).firstResult();
        return pairing(householdId, HelperKind.STAFF, helper.id, null, helper.displayName, typeCode);
    }

    /** An active pairing of a volunteer with a household, from today; the volunteer acts through its account. */
    @Transactional
    public long pairVolunteer(long householdId, long volunteerId, String typeCode) {
        Volunteer v = Volunteer.findById(volunteerId);
        return pairing(householdId, HelperKind.VOLUNTEER, v.staffId, volunteerId, v.name, typeCode);
    }

    private long pairing(
            long householdId, HelperKind kind, Long staffId, Long volunteerId, String name, String typeCode) {
        Household h = Household.findById(householdId);
        Pairing p = new Pairing();
        p.household = h;
        p.gridId = h.grid.id;
        p.areaPath = h.areaPath;
        p.typeCode = typeCode;
        p.helperKind = kind;
        p.helperStaffId = staffId;
        p.helperVolunteerId = volunteerId;
        p.helperName = name;
        p.validFrom = LocalDate.now();
        p.createdById = staffId != null ? staffId : Staff.<Staff>findAll().firstResult().id;
        p.persist();
        return p.id;
    }

    /** An active rule of a sub-district counting visits in the home and at the door. */
    @Transactional
    public long rule(
            long subDistrictId,
            VisitTarget target,
            VisitResponsible responsible,
            PeriodKind period,
            Integer periodDays,
            LocalDate anchor,
            String... codes) {
        Area sub = Area.findById(subDistrictId);
        VisitRule r = new VisitRule();
        r.subDistrictId = subDistrictId;
        r.areaPath = sub.path;
        r.name = "规则" + UUID.randomUUID().toString().substring(0, 8);
        r.target = target;
        r.responsible = responsible;
        r.periodKind = period;
        r.periodDays = periodDays;
        r.anchorDate = anchor;
        r.codes.addAll(List.of(codes));
        r.modes = EnumSet.of(VisitMode.IN_HOME, VisitMode.AT_DOOR);
        r.persist();
        return r.id;
    }
}
