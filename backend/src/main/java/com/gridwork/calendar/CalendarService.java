package com.gridwork.calendar;

import com.gridwork.access.AreaScope;
import com.gridwork.access.Caller;
import com.gridwork.access.Permission;
import com.gridwork.area.Area;
import com.gridwork.area.AreaLevel;
import com.gridwork.audit.AuditEntry;
import com.gridwork.audit.AuditService;
import com.gridwork.calendar.CalendarDtos.CalendarDayEntry;
import com.gridwork.calendar.CalendarDtos.CalendarSubDistrict;
import com.gridwork.calendar.CalendarDtos.CalendarYearSummary;
import com.gridwork.calendar.CalendarDtos.CalendarYearUpdate;
import com.gridwork.calendar.CalendarDtos.CalendarYearView;
import com.gridwork.common.Text;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.error.Violations;
import com.gridwork.common.http.ETags;
import com.gridwork.dictionary.DictionaryService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Enters and reads the calendar years of the platform default and of each sub-district; {@link WorkingCalendar}
 * computes with them. Ownership follows issue categories and code lists ({@link Caller#mayChangeOwnedBy}): the
 * platform default is written by a street-admin of the whole platform, a sub-district's own years by street-admins
 * whose scope covers it; everyone reads the calendars of the sub-districts they work in.
 */
@ApplicationScoped
public class CalendarService {
    @Inject
    AreaScope scope;

    @Inject
    AuditService audit;

    @Inject
    Event<CalendarChanged> changed;

    @Inject
    Validator validator;

    /**
     * The sub-districts whose calendars the caller may read: every one for the whole platform, else those their
     * scope areas lie in; writable where the caller may enter their own years.
     */
    @Transactional
    public List<CalendarSubDistrict> subDistricts() {
        Caller caller = scope.caller();
        List<Area> areas = caller.wholePlatform()
                ? Area.list("level = ?1 order by name", AreaLevel.SUB_DISTRICT)
                : caller.areas().isEmpty()
                        ? List.of()
                        : Area.list(
                                "level = ?1 and id in ?2 order by name",
                                AreaLevel.SUB_DISTRICT,
                                caller.areas().stream()
                                        .map(a -> DictionaryService.subDistrictOfPath(a.path()))
                                        .distinct()
                                        .toList());
        boolean edits = caller.may(Permission.CALENDAR_EDIT);
        return areas.stream()
                .map(a -> new CalendarSubDistrict(a.id, a.name, edits && caller.mayChangeOwnedBy(a.id)))
                .toList();
    }

    /**
     * The years entered in one calendar (null: the platform default). For a sub-district, its own years and the
     * platform default's years it follows (inherited), one row per year.
     */
    @Transactional
    public List<CalendarYearSummary> years(Long subDistrictId) {
        if (subDistrictId != null) {
            requireReadable(subDistrictId);
        }
        List<CalendarYear> entered = subDistrictId == null
                ? CalendarYear.list("subDistrictId is null")
                : CalendarYear.list("subDistrictId is null or subDistrictId = ?1", subDistrictId);
        // calendar_year id → [holidays, adjusted workdays], counted by the database rather than by loading every day.
        Map<Long, long[]> counts = new HashMap<>();
        if (!entered.isEmpty()) {
            CalendarDay.getEntityManager()
                    .createQuery(
                            "select d.calendarYearId, d.kind, count(d) from CalendarDay d"
                                    + " where d.calendarYearId in ?1 group by d.calendarYearId, d.kind",
                            Object[].class)
                    .setParameter(1, entered.stream().map(y -> y.id).toList())
                    .getResultList()
                    .forEach(row -> counts.computeIfAbsent(((Number) row[0]).longValue(), id -> new long[2])[
                                    row[1] == CalendarDayKind.HOLIDAY ? 0 : 1] =
                            ((Number) row[2]).longValue());
        }
        // The sub-district's own entry replaces the default's year (see WorkingDays.inForce).
        Map<Integer, CalendarYear> inForce = new TreeMap<>();
        entered.forEach(y -> inForce.merge(y.year, y, (a, b) -> a.subDistrictId != null ? a : b));
        return inForce.values().stream()
                .map(y -> {
                    long[] c = counts.getOrDefault(y.id, new long[2]);
                    boolean inherited = !Objects.equals(y.subDistrictId, subDistrictId);
                    return new CalendarYearSummary(
                            y.year, y.source, c[0], c[1], inherited ? 0 : revision(y), inherited);
                })
                .toList();
    }

    /**
     * One year of one calendar (null: the platform default). A sub-district without its own entry shows the
     * platform default's year as inherited, version 0; a year not entered anywhere reads as configured=false.
     */
    @Transactional
    public CalendarYearView get(Long subDistrictId, int year) {
        if (subDistrictId != null) {
            requireReadable(subDistrictId);
        }
        CalendarYear own = CalendarYear.entered(subDistrictId, year);
        if (own != null) {
            return view(subDistrictId, own, false, CalendarDay.of(own));
        }
        CalendarYear platformDefault = subDistrictId == null ? null : CalendarYear.entered(null, year);
        return platformDefault == null
                ? new CalendarYearView(year, subDistrictId, false, subDistrictId != null, null, 0, List.of())
                : view(subDistrictId, platformDefault, true, CalendarDay.of(platformDefault));
    }

    /**
     * Replaces a calendar's exceptions for a year with {@code input.days()}, creating its entry if needed (for a
     * sub-district: its own year, from then on instead of the default's). An existing entry needs If-Match; a new
     * one needs none (a client may send back the "0" of a GET that showed no entry of its own).
     */
    @Transactional
    public CalendarYearView save(Long subDistrictId, int year, String ifMatch, CalendarYearUpdate input) {
        Area owner = writable(subDistrictId);
        CalendarYear entered = CalendarYear.entered(subDistrictId, year);
        boolean created = entered == null;
        if (created) {
            ETags.checkIfPresent(ifMatch, 0);
            entered = new CalendarYear();
            entered.subDistrictId = subDistrictId;
            entered.year = year;
        } else {
            ETags.require(ifMatch, revision(entered));
            entered.touch(); // the version moves even when only days changed
        }
        Violations violations = Violations.of(validator.validate(input));
        checkDays(violations, year, input.days());
        violations.throwIfAny();
        entered.source = Text.blankToNull(input.source());
        if (created) {
            entered.persist();
        }

        // Update dates kept, add new ones, delete the rest (never delete and re-insert a key in one flush).
        Map<LocalDate, CalendarDay> stored = (created ? List.<CalendarDay>of() : CalendarDay.of(entered))
                .stream().collect(Collectors.toMap(d -> d.day, Function.identity()));
        String before = created
                ? "新建"
                : "修改前：" + describe(stored.values().stream().map(d -> d.kind).toList());
        for (CalendarDayEntry entry : input.days()) {
            CalendarDay day = stored.remove(entry.date());
            boolean added = day == null;
            if (added) {
                day = new CalendarDay();
                day.calendarYearId = entered.id;
                day.day = entry.date();
            }
            day.kind = entry.kind();
            day.name = Text.blankToNull(entry.name());
            if (added) {
                day.persist(); // after the fields: the insert takes the state as it is at persist()
            }
        }
        stored.values().forEach(CalendarDay::delete);
        CalendarYear.getEntityManager().flush();

        List<CalendarDay> saved = CalendarDay.of(entered);
        record(
                owner,
                year,
                before + "；保存后：" + describe(saved.stream().map(d -> d.kind).toList()));
        changed.fire(new CalendarChanged(subDistrictId, year));
        return view(subDistrictId, entered, false, saved);
    }

    /** Drops a sub-district's own year (If-Match required): it follows the platform default's year again. */
    @Transactional
    public void drop(long subDistrictId, int year, String ifMatch) {
        Area owner = writable(subDistrictId);
        CalendarYear entered = CalendarYear.entered(subDistrictId, year);
        if (entered == null) {
            throw ApiProblem.notFound("calendar.own-year.not-found", owner.name, year);
        }
        ETags.require(ifMatch, revision(entered));
        String before =
                describe(CalendarDay.of(entered).stream().map(d -> d.kind).toList());
        CalendarDay.delete("calendarYearId", entered.id);
        entered.delete();
        CalendarYear.getEntityManager().flush();
        record(owner, year, "删除本街道的年度日历（" + before + "），恢复使用平台默认");
        changed.fire(new CalendarChanged(subDistrictId, year));
    }

    /** 404 unless this is a sub-district whose calendar the caller may read (their scope lies in it or under it). */
    private void requireReadable(long subDistrictId) {
        subDistrict(scope.visibleOrAbove(Area.class, subDistrictId), subDistrictId);
    }

    /**
     * The owner of the calendar to change: null for the platform default (403 unless the caller is of the whole
     * platform: every scoped admin can read it, so it is no secret), else a sub-district in the caller's scope (404).
     */
    private Area writable(Long subDistrictId) {
        Caller caller = scope.caller();
        if (subDistrictId == null) {
            if (!caller.mayChangeOwnedBy(null)) {
                throw ApiProblem.forbidden("calendar.platform-default.forbidden");
            }
            return null;
        }
        // a sub-district's path is "/id/": covering it is owning what it owns (Caller.mayChangeOwnedBy)
        return subDistrict(scope.visible(Area.class, subDistrictId), subDistrictId);
    }

    /** The area found in scope if it is a sub-district; else 404. */
    private static Area subDistrict(Optional<Area> area, long subDistrictId) {
        return area.filter(a -> a.level == AreaLevel.SUB_DISTRICT)
                .orElseThrow(() -> ApiProblem.notFound("calendar.sub-district.not-found", subDistrictId));
    }

    /** The audit entry of a change; a sub-district's is filed under its area, so its own admins see it. */
    private void record(Area owner, int year, String detail) {
        audit.record(
                AuditEntry.Action.UPDATE_CALENDAR,
                "CALENDAR_YEAR",
                (long) year,
                year + "年工作日历" + (owner == null ? "" : "（" + owner.name + "）"),
                null,
                detail,
                owner == null ? null : owner.path);
    }

    /**
     * Every faulty row, with the body's own violations: each date inside the year and listed once, an adjusted
     * working day only on a Saturday or Sunday (a weekday is a working day anyway), and a name for every holiday.
     * Rows without a date or kind are already named by Bean Validation.
     */
    private static void checkDays(Violations violations, int year, List<CalendarDayEntry> days) {
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; days != null && i < days.size(); i++) {
            CalendarDayEntry day = days.get(i);
            if (day == null || day.date() == null || day.kind() == null) {
                continue;
            }
            String row = "days[" + i + "].";
            if (day.date().getYear() != year) {
                violations.add(row + "date", "calendar.day.outside-year", String.valueOf(year));
            } else if (!seen.add(day.date())) {
                violations.add(
                        row + "date", "calendar.day.duplicate", day.date().toString());
            } else if (day.kind() == CalendarDayKind.ADJUSTED_WORKDAY
                    && day.date().getDayOfWeek() != DayOfWeek.SATURDAY
                    && day.date().getDayOfWeek() != DayOfWeek.SUNDAY) {
                violations.add(
                        row + "date",
                        "calendar.day.adjusted-not-weekend",
                        day.date().toString());
            }
            if (day.kind() == CalendarDayKind.HOLIDAY && Text.isBlank(day.name()) && !violations.has(row + "name")) {
                violations.add(row + "name", "calendar.day.name-required");
            }
        }
    }

    private static CalendarYearView view(
            Long subDistrictId, CalendarYear year, boolean inherited, List<CalendarDay> days) {
        return new CalendarYearView(
                year.year,
                subDistrictId,
                true,
                inherited,
                year.source,
                inherited ? 0 : revision(year),
                days.stream()
                        .map(d -> new CalendarDayEntry(d.day, d.kind, d.name))
                        .toList());
    }

    /**
     * The version a client sees of an entered year: one more than the row's, so that "0" means only "nothing entered
     * here" and a second admin who also saw "0" cannot overwrite a year the first one has just started.
     */
    private static long revision(CalendarYear year) {
        return year.version + 1;
    }

    private static String describe(List<CalendarDayKind> kinds) {
        long holidays = kinds.stream().filter(k -> k == CalendarDayKind.HOLIDAY).count();
        return "节假日" + holidays + "天，调休上班" + (kinds.size() - holidays) + "天";
    }
}
