package com.gridwork.party.report;

import com.gridwork.access.AreaScope;
import com.gridwork.area.Area;
import com.gridwork.area.AreaLevel;
import com.gridwork.cobuild.unit.CoBuildUnit;
import com.gridwork.cobuild.unit.CoBuildUnitStatus;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.error.Violations;
import com.gridwork.common.time.BeijingTime;
import com.gridwork.dictionary.DictionaryService;
import com.gridwork.party.PartyReportStatus;
import com.gridwork.party.report.PartyReportLifecycle.Step;
import jakarta.persistence.EntityManager;

import java.util.Locale;

/** What member and unit reports check alike: the year, the unit, the community, a step, the live key. */
final class ReportRules {
    private ReportRules() {}

    /** A report is for this year or the next (Beijing time). */
    static void checkYear(Violations violations, Integer year) {
        int current = BeijingTime.today().getYear();
        if (year != null && (year < current || year > current + 1)) {
            violations.add("year", "party.report.year.out-of-range", current, current + 1);
        }
    }

    /** The unit a report names: an ACTIVE co-building unit of the community's sub-district, else a 400 on unitId. */
    static CoBuildUnit unit(EntityManager em, Violations violations, Long unitId, Area community) {
        if (unitId == null) {
            return null;
        }
        CoBuildUnit unit = em.find(CoBuildUnit.class, unitId);
        if (unit == null
                || unit.status != CoBuildUnitStatus.ACTIVE
                || (community != null && !community.path.startsWith(unit.areaPath))) {
            violations.add("unitId", "party.report.unit.not-found", unitId);
            return null;
        }
        return unit;
    }

    /** Where a step leads from a report's status, or a 409 saying the step is not allowed now. */
    static PartyReportStatus step(PartyReportStatus status, int reportYear, long id, Step step) {
        return PartyReportLifecycle.next(
                        status, step, reportYear, BeijingTime.today().getYear())
                .orElseThrow(() -> ApiProblem.conflict(
                        "party.report.step.illegal." + step.name().toLowerCase(Locale.ROOT), id));
    }

    /** The path prefix of a list filter's area: a grid or building narrows to the community reports belong to. */
    static String communityPrefix(AreaScope scope, long areaId) {
        String path = scope.findOrAbove(Area.class, areaId).path;
        String[] parts = path.split("/");
        return parts.length > 3 ? "/" + parts[1] + "/" + parts[2] + "/" : path;
    }

    /** A community of the sub-district with this path, or null. */
    static Area communityOfSubDistrict(long id, String subDistrictPath) {
        Area a = Area.findById(id);
        return a != null && a.level == AreaLevel.COMMUNITY && a.path.startsWith(subDistrictPath) ? a : null;
    }

    static String subDistrictPath(String areaPath) {
        return "/" + DictionaryService.subDistrictOfPath(areaPath) + "/";
    }
}
