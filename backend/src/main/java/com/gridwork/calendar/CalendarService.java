package com.gridwork.calendar;

import com.gridwork.audit.AuditEntry;
import com.gridwork.audit.AuditService;
import com.gridwork.calendar.CalendarDtos.CalendarDayEntry;
import com.gridwork.calendar.CalendarDtos.CalendarYearSummary;
import com.gridwork.calendar.CalendarDtos.CalendarYearUpdate;
import com.gridwork.calendar.CalendarDtos.CalendarYearView;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.error.ApiProblem.ViolationKey;
import com.gridwork.common.http.ETags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Enters and reads each year's holidays and adjusted working days; {@link WorkingCalendar} computes with them. */
@ApplicationScoped
public class CalendarService {
    @Inject
    AuditService audit;

    @Inject
    Event<CalendarChanged> changed;

    @Transactional
    public List<CalendarYearSummary> years() {
        // year → [holidays, adjusted workdays], counted by the database rather than by loading every day.
        Map<Integer, long[]> counts = new HashMap<>();
        CalendarDay.getEntityManager().createQuery("select extract(year from d.day), d.kind, count(d) from CalendarDay d"
                        + " group by extract(year from d.day), d.kind", Object[].class).getResultList()
                .forEach(row -> counts.computeIfAbsent(((Number) row[0]).intValue(), y -> new long[2])
                        [row[1] == CalendarDayKind.HOLIDAY ? 0 : 1] = ((Number) row[2]).longValue());
        return CalendarYear.<CalendarYear>listAll().stream().sorted(Comparator.comparingInt(y -> y.year)).map(y -> {
            long[] c = counts.getOrDefault(y.year, new long[2]);
            return new CalendarYearSummary(y.year, y.source, c[0], c[1], y.version);
        }).toList();
    }

    /** A year not entered yet reads as configured=false, version 0 and no days. */
    @Transactional
    public CalendarYearView get(int year) {
        CalendarYear entered = CalendarYear.findById(year);
        return entered == null ? new CalendarYearView(year, false, null, 0, List.of()) : view(entered, days(year));
    }

    /**
     * Replaces a year's exceptions with {@code input.days()}, creating the year if needed. An existing year needs
     * If-Match; a new one needs none (a client may send back the "0" of an unconfigured GET).
     */
    @Transactional
    public CalendarYearView save(int year, String ifMatch, CalendarYearUpdate input) {
        CalendarYear entered = CalendarYear.findById(year);
        boolean created = entered == null;
        if (created) {
            ETags.checkIfPresent(ifMatch, 0);
            entered = new CalendarYear();
            entered.year = year;
        } else {
            ETags.require(ifMatch, entered.version);
            entered.touch(); // the version moves even when only days changed
        }
        requireValidDays(year, input.days());
        entered.source = input.source() == null || input.source().isBlank() ? null : input.source().strip();
        if (created) {
            entered.persist();
        }

        // Update dates kept, add new ones, delete the rest (never delete and re-insert a key in one flush).
        Map<LocalDate, CalendarDay> stored = days(year).stream().collect(Collectors.toMap(d -> d.day, Function.identity()));
        String before = created ? "新建" : "修改前：" + describe(stored.values().stream().map(d -> d.kind).toList());
        for (CalendarDayEntry entry : input.days()) {
            CalendarDay day = stored.remove(entry.date());
            boolean added = day == null;
            if (added) {
                day = new CalendarDay();
                day.day = entry.date();
            }
            day.kind = entry.kind();
            day.name = entry.name() == null || entry.name().isBlank() ? null : entry.name().strip();
            if (added) {
                day.persist(); // after the fields: the insert takes the state as it is at persist()
            }
        }
        stored.values().forEach(CalendarDay::delete);
        CalendarYear.getEntityManager().flush();

        List<CalendarDay> saved = days(year);
        audit.record(AuditEntry.Action.UPDATE_CALENDAR, "CALENDAR_YEAR", (long) year, year + "年工作日历", null,
                before + "；保存后：" + describe(saved.stream().map(d -> d.kind).toList()), null);
        changed.fire(new CalendarChanged(year));
        return view(entered, saved);
    }

    /**
     * 400 listing every faulty row: each date inside the year and listed once, an adjusted working day only on a
     * Saturday or Sunday (a weekday is a working day anyway), and a name for every holiday.
     */
    private static void requireValidDays(int year, List<CalendarDayEntry> days) {
        List<ViolationKey> violations = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < days.size(); i++) {
            CalendarDayEntry day = days.get(i);
            String row = "days[" + i + "].";
            if (day.date().getYear() != year) {
                violations.add(new ViolationKey(row + "date", "calendar.day.outside-year", String.valueOf(year)));
            } else if (!seen.add(day.date())) {
                violations.add(new ViolationKey(row + "date", "calendar.day.duplicate", day.date().toString()));
            } else if (day.kind() == CalendarDayKind.ADJUSTED_WORKDAY
                    && day.date().getDayOfWeek() != DayOfWeek.SATURDAY && day.date().getDayOfWeek() != DayOfWeek.SUNDAY) {
                violations.add(new ViolationKey(row + "date", "calendar.day.adjusted-not-weekend", day.date().toString()));
            }
            if (day.kind() == CalendarDayKind.HOLIDAY && (day.name() == null || day.name().isBlank())) {
                violations.add(new ViolationKey(row + "name", "calendar.day.name-required"));
            }
        }
        if (!violations.isEmpty()) {
            throw ApiProblem.invalidFields(violations);
        }
    }

    private static List<CalendarDay> days(int year) {
        return CalendarDay.list("from CalendarDay d where d.day between ?1 and ?2 order by d.day",
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    private static CalendarYearView view(CalendarYear year, List<CalendarDay> days) {
        return new CalendarYearView(year.year, true, year.source, year.version,
                days.stream().map(d -> new CalendarDayEntry(d.day, d.kind, d.name)).toList());
    }

    private static String describe(List<CalendarDayKind> kinds) {
        long holidays = kinds.stream().filter(k -> k == CalendarDayKind.HOLIDAY).count();
        return "节假日" + holidays + "天，调休上班" + (kinds.size() - holidays) + "天";
    }
}
