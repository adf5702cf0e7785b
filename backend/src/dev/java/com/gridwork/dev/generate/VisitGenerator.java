package com.gridwork.dev.generate;

import com.gridwork.calendar.CalendarDayKind;
import com.gridwork.calendar.WorkingDays;
import com.gridwork.common.persistence.MultiRowInsert;
import com.gridwork.common.time.BeijingTime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Fills a sub-district with pairings and visits through multi-row inserts (the `make bench` district, the demo of
 * `make run`, the bench's scaled test): the two default visit rules, pairings of households that carry a care code
 * with the district's staff and volunteers, the periods of both rules with their obligations (the half-year's and the
 * last {@code months} monthly ones), and visits over the periods up to today: mostly completed, attempts, same-day
 * second visits, phone calls that a door-step rule does not count, late visits after a month ended, visits by staff
 * who are nobody's responsible person.
 *
 * <p>Each obligation's completed_days, attempt_days, status, satisfied_on and last_visit_id are computed from the
 * generated visits under the README's counting definition ({@link #count}), so the coverage the bench reads is the
 * coverage the data holds.
 */
public final class VisitGenerator {
    private static final int CHUNK = 1000;
    /**
     * The default rules as VisitRuleDefaults makes them (names, modes): the grid worker comes to the door; a helper
     * may also call.
     */
    static final String GRID_RULE_NAME = "网格员半年全覆盖走访";

    static final String PAIRED_RULE_NAME = "结对帮扶每月走访";
    static final List<String> GRID_RULE_MODES = List.of("IN_HOME", "AT_DOOR");
    static final List<String> PAIRED_RULE_MODES = List.of("IN_HOME", "AT_DOOR", "PHONE", "VIDEO");
    private static final String[] NEEDS = {
        "DAILY_CARE", "MEDICAL", "FINANCIAL", "HOUSING_REPAIR", "EMPLOYMENT", "PSYCHOLOGICAL", "POLICY", "SAFETY"
    };
    private static final String[] NOTES = {
        "家中情况正常，老人身体尚可", "了解家庭近况，宣传反诈知识", "住户反映楼道灯不亮，已记录", "送去慰问品，询问生活需求", "检查燃气使用安全", "孩子学习情况良好"
    };

    /**
     * How much to generate: {@code visits} in all, pairings for {@code pairingPercent} % of the households (those
     * carrying a care code, as far as there are), {@code months} monthly periods up to the current one, visits on the
     * last {@code visitDays} days (0: from the first period's start); {@code createStaff}: a grid worker for grids
     * without one (every 50th grid stays without: its obligations have nobody responsible), three community staff per
     * community and sign-in accounts for the volunteers chosen as helpers, user names starting with {@code prefix}.
     */
    public record Options(
            int visits, int pairingPercent, int months, int visitDays, boolean createStaff, String prefix) {}

    public record Result(
            int staffCreated, int pairings, int periods, int obligations, int visits, int attempts, long millis) {}

    /** One obligation's figures under the counting definition. */
    public record Counted(int completedDays, int attemptDays, String status, LocalDate satisfiedOn, Long lastVisitId) {}

    /** A visit as the counting needs it. */
    public record Seen(long id, long visitorStaffId, String mode, boolean completed, LocalDate day) {}

    private record Household(long id, long gridId, String path) {}

    private record Helper(String kind, Long staffId, Long volunteerId, String name) {}

    private record PairingRow(
            long id, long householdId, String type, String kind, Long staffId, LocalDate from, LocalDate endedOn) {}

    private record Period(long id, long ruleId, LocalDate starts, LocalDate ends, LocalDate due) {}

    private static final class PlannedVisit {
        long householdId;
        long visitorStaffId;
        String visitorKind;
        Long pairingId;
        String mode;
        String outcome;
        LocalDate day;
        int minute;
        long id;
    }

    private final Connection connection;
    private final Random random;

    public VisitGenerator(Connection connection, long seed) {
        this.connection = connection;
        this.random = new Random(seed);
    }

    public Result generate(long subDistrictId, LocalDate today, Options options) throws SQLException {
        long started = System.nanoTime();
        Instant now = Instant.now();
        String districtPath = scalarString("SELECT path FROM area WHERE id = ?", subDistrictId);
        long createdBy = creator();

        // ---- households, grids, communities
        List<Household> households = new ArrayList<>();
        Map<String, String> paths = new HashMap<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT id, grid_id, area_path FROM household"
                + " WHERE area_path LIKE ? AND status = 'ACTIVE' ORDER BY id")) {
            s.setString(1, districtPath + "%");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    households.add(new Household(
                            rs.getLong(1), rs.getLong(2), paths.computeIfAbsent(rs.getString(3), p -> p)));
                }
            }
        }
        Map<Long, String> gridPaths = new LinkedHashMap<>();
        Map<Long, Long> communityOfGrid = new HashMap<>();
        for (Object[] r : rows(
                "SELECT id, path, parent_id FROM area WHERE level = 'GRID' AND path LIKE ? ORDER BY path",
                districtPath + "%")) {
            gridPaths.put((Long) r[0], (String) r[1]);
            communityOfGrid.put((Long) r[0], (Long) r[2]);
        }

        // ---- staff: the grid's worker(s), community staff, volunteers
        int staffCreated = 0;
        Map<Long, Set<Long>> gridWorkers = gridWorkers(districtPath);
        if (options.createStaff()) {
            int i = 0;
            for (var grid : gridPaths.entrySet()) {
                if (!gridWorkers.containsKey(grid.getKey()) && i % 50 != 49) {
                    long id = staff(
                            options.prefix() + "-gw-" + grid.getKey(), fakeName(), "grid-worker", grid.getKey(), now);
                    gridWorkers.put(grid.getKey(), new TreeSet<>(Set.of(id)));
                    staffCreated++;
                }
                i++;
            }
        }
        Map<Long, List<Helper>> communityStaff = new HashMap<>();
        for (Object[] r : rows(
                "SELECT c.id, s.id, s.display_name FROM area c JOIN staff_area sa ON sa.area_id = c.id"
                        + " JOIN staff s ON s.id = sa.staff_id WHERE c.level = 'COMMUNITY' AND c.path LIKE ?"
                        + " AND s.role = 'community-staff' AND s.enabled = TRUE ORDER BY s.id",
                districtPath + "%")) {
            communityStaff
                    .computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                    .add(new Helper("STAFF", (Long) r[1], null, (String) r[2]));
        }
        if (options.createStaff()) {
            for (Long community : new TreeSet<>(communityOfGrid.values())) {
                for (int n = communityStaff.getOrDefault(community, List.of()).size(); n < 3; n++) {
                    String name = fakeName();
                    long id = staff(
                            options.prefix() + "-cs-" + community + "-" + n, name, "community-staff", community, now);
                    communityStaff
                            .computeIfAbsent(community, k -> new ArrayList<>())
                            .add(new Helper("STAFF", id, null, name));
                    staffCreated++;
                }
            }
        }
        Map<Long, List<Helper>> volunteers = new HashMap<>();
        for (Object[] r : rows(
                "SELECT community_id, id, staff_id, name FROM volunteer WHERE area_path LIKE ? AND status = 'ACTIVE'"
                        + " ORDER BY id",
                districtPath + "%")) {
            List<Helper> list = volunteers.computeIfAbsent((Long) r[0], k -> new ArrayList<>());
            Long account = (Long) r[2];
            if (list.size() >= 20) {
                continue;
            }
            if (account == null && options.createStaff()) {
                // a helper records visits through a sign-in account (role volunteer)
                account = staff(options.prefix() + "-vol-" + r[1], (String) r[3], "volunteer", (Long) r[0], now);
                try (PreparedStatement s =
                        connection.prepareStatement("UPDATE volunteer SET staff_id = ? WHERE id = ?")) {
                    s.setLong(1, account);
                    s.setLong(2, (Long) r[1]);
                    s.executeUpdate();
                }
                staffCreated++;
            }
            list.add(new Helper("VOLUNTEER", account, (Long) r[1], (String) r[3]));
        }
        Map<Long, String> staffNames = new HashMap<>();
        for (Object[] r : rows("SELECT id, display_name FROM staff WHERE role = 'grid-worker'")) {
            staffNames.put((Long) r[0], (String) r[1]);
        }

        // ---- the two default rules (VisitRuleDefaults' rows), unless the sub-district has them already
        LocalDate halfStart = today.withDayOfYear(1).plusMonths(today.getMonthValue() <= 6 ? 0 : 6);
        LocalDate firstMonth = today.withDayOfMonth(1).minusMonths(Math.max(options.months(), 1) - 1L);
        long gridRule = rule(
                subDistrictId,
                districtPath,
                "GRID_HALF_YEAR",
                GRID_RULE_NAME,
                "ALL_HOUSEHOLDS",
                "GRID_WORKER",
                "HALF_YEAR",
                halfStart,
                GRID_RULE_MODES,
                now);
        long pairedRule = rule(
                subDistrictId,
                districtPath,
                "PAIRED_MONTHLY",
                PAIRED_RULE_NAME,
                "PAIRED",
                "HELPER",
                "MONTH",
                firstMonth,
                PAIRED_RULE_MODES,
                now);
        if (scalar("SELECT COUNT(*) FROM visit_period WHERE rule_id IN (?, ?)", gridRule, pairedRule) > 0) {
            throw new IllegalStateException("the sub-district's default rules have periods already");
        }
        Set<String> gridModes = modes(gridRule);
        Set<String> pairedModes = modes(pairedRule);
        LocalDate visitFrom = options.visitDays() > 0
                ? today.minusDays(options.visitDays() - 1L)
                : firstMonth.isBefore(halfStart) ? firstMonth : halfStart;

        // ---- pairings: households carrying a care code (a household tag or an active resident's care group)
        int pairingsCreated = createPairings(
                districtPath,
                households.size(),
                options,
                gridWorkers,
                communityStaff,
                volunteers,
                staffNames,
                communityOfGrid,
                firstMonth,
                today,
                createdBy,
                now);
        Map<Long, Household> byId = new HashMap<>();
        households.forEach(h -> byId.put(h.id(), h));
        List<PairingRow> pairings = new ArrayList<>();
        for (Object[] r : rows(
                "SELECT id, household_id, type_code, helper_kind, helper_staff_id, valid_from, status, valid_to"
                        + " FROM pairing WHERE area_path LIKE ? ORDER BY id",
                districtPath + "%")) {
            if (byId.containsKey((Long) r[1])) {
                pairings.add(new PairingRow(
                        (Long) r[0],
                        (Long) r[1],
                        (String) r[2],
                        (String) r[3],
                        (Long) r[4],
                        ((java.sql.Date) r[5]).toLocalDate(),
                        "ENDED".equals(r[6]) ? ((java.sql.Date) r[7]).toLocalDate() : null));
            }
        }

        // ---- periods
        Calendar calendar = new Calendar(subDistrictId);
        List<Period> months = new ArrayList<>();
        Period half = period(gridRule, halfStart, halfStart.plusMonths(6).minusDays(1), calendar, now);
        for (LocalDate m = firstMonth; !m.isAfter(today); m = m.plusMonths(1)) {
            months.add(period(pairedRule, m, m.plusMonths(1).minusDays(1), calendar, now));
        }

        // ---- visits: planned in memory, inserted in time order
        List<PlannedVisit> planned = new ArrayList<>();
        Set<Long> awayHouseholds = new HashSet<>(); // their half-year obligation ends: "long away" (OTHER)
        Map<Long, LocalDate> awaySince = new HashMap<>();
        LocalDate halfVisitFrom = max(halfStart, visitFrom);
        for (Household h : households) {
            Set<Long> workers = gridWorkers.get(h.gridId());
            Long worker = workers == null ? null : workers.iterator().next();
            if (random.nextInt(1000) < 5) {
                awayHouseholds.add(h.id());
                awaySince.put(h.id(), day(halfStart, today));
                continue;
            }
            if (worker == null) {
                if (random.nextInt(100) < 3) {
                    Helper cs = pick(communityStaff.get(communityOfGrid.get(h.gridId())));
                    if (cs != null) {
                        planned.add(visit(
                                h.id(),
                                cs.staffId(),
                                "STAFF",
                                null,
                                "IN_HOME",
                                "COMPLETED",
                                day(halfVisitFrom, today)));
                    }
                }
                continue;
            }
            LocalDate completedOn = null;
            if (random.nextInt(100) < 74) {
                int m = random.nextInt(100);
                completedOn = day(halfVisitFrom, today);
                planned.add(visit(
                        h.id(),
                        worker,
                        "STAFF",
                        null,
                        m < 82 ? "IN_HOME" : m < 95 ? "AT_DOOR" : "PHONE",
                        "COMPLETED",
                        completedOn));
                if (random.nextInt(100) < 3) {
                    planned.add(visit(h.id(), worker, "STAFF", null, "IN_HOME", "COMPLETED", completedOn));
                }
            }
            if (random.nextInt(100) < 12) {
                planned.add(visit(
                        h.id(),
                        worker,
                        "STAFF",
                        null,
                        random.nextInt(100) < 80 ? "AT_DOOR" : "IN_HOME",
                        attemptOutcome(),
                        day(halfVisitFrom, completedOn == null ? today : completedOn)));
            }
        }
        for (PairingRow p : pairings) {
            if (p.staffId() == null) {
                continue; // a volunteer without a sign-in account cannot record a visit
            }
            for (Period m : months) {
                LocalDate last = min(
                        min(m.ends(), today),
                        p.endedOn() == null ? today : p.endedOn().minusDays(1));
                LocalDate first = max(max(m.starts(), visitFrom), p.from());
                if (p.from().isAfter(m.starts()) || last.isBefore(first)) {
                    continue;
                }
                String kind = p.kind();
                int r = random.nextInt(100);
                if (r < 80) {
                    LocalDate d = day(first, last);
                    planned.add(visit(p.householdId(), p.staffId(), kind, p.id(), helperMode(), "COMPLETED", d));
                    if (random.nextInt(100) < 2) {
                        planned.add(visit(p.householdId(), p.staffId(), kind, p.id(), "IN_HOME", "COMPLETED", d));
                    }
                } else if (r < 86) {
                    // late: in the first days of the next month (it then counts for both months)
                    LocalDate lateLast = min(
                            min(m.ends().plusDays(10), today),
                            p.endedOn() == null ? today : p.endedOn().minusDays(1));
                    if (!lateLast.isBefore(m.ends().plusDays(1))) {
                        planned.add(visit(
                                p.householdId(),
                                p.staffId(),
                                kind,
                                p.id(),
                                helperMode(),
                                "COMPLETED",
                                day(m.ends().plusDays(1), lateLast)));
                    }
                }
                if (random.nextInt(100) < 8) {
                    planned.add(visit(
                            p.householdId(),
                            p.staffId(),
                            kind,
                            p.id(),
                            random.nextBoolean() ? "PHONE" : "AT_DOOR",
                            "NOBODY_HOME",
                            day(first, last)));
                }
            }
        }
        // to the number asked for: drop at random (helpers' visits keep at least half of the places, so that a small
        // demo still has them), or add repeat visits of the grid workers to their households
        Collections.shuffle(planned, random);
        if (planned.size() > options.visits()) {
            List<PlannedVisit> helpers = new ArrayList<>();
            List<PlannedVisit> others = new ArrayList<>();
            planned.forEach(v -> (v.pairingId != null ? helpers : others).add(v));
            int keepHelpers =
                    Math.min(helpers.size(), Math.max(options.visits() / 2, options.visits() - others.size()));
            planned = new ArrayList<>(helpers.subList(0, keepHelpers));
            // the others keep their share of attempts (at least one)
            int quota = options.visits() - keepHelpers;
            List<PlannedVisit> attempted = new ArrayList<>();
            List<PlannedVisit> completed = new ArrayList<>();
            others.forEach(v -> (v.outcome.equals("COMPLETED") ? completed : attempted).add(v));
            long share = Math.round((double) quota * attempted.size() / Math.max(1, others.size()));
            int keepAttempts = (int) Math.min(attempted.size(), Math.max(Math.max(1, quota - completed.size()), share));
            planned.addAll(attempted.subList(0, keepAttempts));
            planned.addAll(completed.subList(0, quota - keepAttempts));
        }
        List<Household> visitable = households.stream()
                .filter(h -> gridWorkers.containsKey(h.gridId()) && !awayHouseholds.contains(h.id()))
                .toList();
        while (planned.size() < options.visits() && !visitable.isEmpty()) {
            Household h = visitable.get(random.nextInt(visitable.size()));
            planned.add(visit(
                    h.id(),
                    gridWorkers.get(h.gridId()).iterator().next(),
                    "STAFF",
                    null,
                    "IN_HOME",
                    random.nextInt(100) < 90 ? "COMPLETED" : attemptOutcome(),
                    day(halfVisitFrom, today)));
        }
        planned.sort(Comparator.<PlannedVisit, LocalDate>comparing(v -> v.day).thenComparingInt(v -> v.minute));
        int attempts = insertVisits(planned, byId, now);

        // ---- obligations, counted from the visits
        Map<Long, List<Seen>> seenByHousehold = new HashMap<>();
        for (PlannedVisit v : planned) {
            seenByHousehold
                    .computeIfAbsent(v.householdId, k -> new ArrayList<>())
                    .add(new Seen(v.id, v.visitorStaffId, v.mode, v.outcome.equals("COMPLETED"), v.day));
        }
        MultiRowInsert obligations = obligationInsert();
        int obligationCount = 0;
        for (Household h : households) {
            Set<Long> workers = gridWorkers.getOrDefault(h.gridId(), Set.of());
            Long responsible = workers.isEmpty() ? null : workers.iterator().next();
            LocalDate away = awaySince.get(h.id());
            Counted c = count(
                    half.starts(),
                    half.due(),
                    1,
                    away,
                    today,
                    seenByHousehold.getOrDefault(h.id(), List.of()),
                    v -> gridModes.contains(v.mode())
                            && (workers.contains(v.visitorStaffId())
                                    || (responsible != null && responsible == v.visitorStaffId())));
            addObligation(
                    obligations,
                    half,
                    h,
                    responsible,
                    null,
                    null,
                    c,
                    away,
                    away == null ? null : "OTHER",
                    "长期外出，暂无法走访",
                    now);
            obligationCount++;
        }
        int[] perMonth = new int[months.size()];
        for (PairingRow p : pairings) {
            Household h = byId.get(p.householdId());
            for (int i = 0; i < months.size(); i++) {
                Period m = months.get(i);
                // active when the period started; one that started later joins next period
                if (p.from().isAfter(m.starts())
                        || (p.endedOn() != null && p.endedOn().isBefore(m.starts()))) {
                    continue;
                }
                LocalDate ended = p.endedOn() != null && !p.endedOn().isAfter(m.ends()) ? p.endedOn() : null;
                Counted c = count(
                        m.starts(),
                        m.due(),
                        1,
                        ended,
                        today,
                        seenByHousehold.getOrDefault(h.id(), List.of()),
                        v -> pairedModes.contains(v.mode())
                                && p.staffId() != null
                                && p.staffId() == v.visitorStaffId());
                addObligation(
                        obligations,
                        m,
                        h,
                        p.staffId(),
                        p.id(),
                        p.type(),
                        c,
                        ended,
                        ended == null ? null : "PAIRING_ENDED",
                        null,
                        now);
                perMonth[i]++;
                obligationCount++;
            }
        }
        obligations.flush(false);
        setHouseholdCount(half.id(), households.size());
        for (int i = 0; i < months.size(); i++) {
            setHouseholdCount(months.get(i).id(), perMonth[i]);
        }
        try (Statement s = connection.createStatement()) {
            s.execute("ANALYZE TABLE pairing, visit_period, visit_obligation, visit, visit_need");
        }
        return new Result(
                staffCreated,
                pairingsCreated,
                months.size() + 1,
                obligationCount,
                planned.size(),
                attempts,
                (System.nanoTime() - started) / 1_000_000);
    }

    // ------------------------------------------------------------------ the counting definition

    /**
     * An obligation's figures from the visits to its household, as the app counts them when each visit is recorded
     * in turn (README "Pairings and visits", definitions): a visit is taken into account when {@code counts} says so
     * (a mode of the rule, the responsible person or, under a grid-worker rule, a worker of the grid), its day is from
     * the period's start on and before the day the obligation stopped applying ({@code endedOn}, null: never), and
     * the obligation is still open: the {@code required}-th distinct day with a completed visit satisfies it (late
     * after {@code due}) and nothing after that visit counts. Completed visits count by distinct day; a day with only
     * attempts is an attempt day and never satisfies; the last visit taken into account is the obligation's last
     * visit; one that stopped applying unsatisfied is NOT_APPLICABLE.
     */
    public static Counted count(
            LocalDate starts,
            LocalDate due,
            int required,
            LocalDate endedOn,
            LocalDate today,
            List<Seen> visits,
            java.util.function.Predicate<Seen> counts) {
        List<Seen> window = visits.stream()
                .filter(v -> !v.day().isBefore(starts)
                        && !v.day().isAfter(today)
                        && (endedOn == null || v.day().isBefore(endedOn))
                        && counts.test(v))
                .sorted(Comparator.comparing(Seen::day).thenComparingLong(Seen::id))
                .toList();
        Set<LocalDate> completed = new TreeSet<>();
        Set<LocalDate> attempts = new TreeSet<>();
        LocalDate satisfiedOn = null;
        Long last = null;
        for (Seen v : window) {
            last = v.id();
            if (v.completed()) {
                completed.add(v.day());
                if (completed.size() >= required) {
                    satisfiedOn = v.day();
                    break;
                }
            } else {
                attempts.add(v.day());
            }
        }
        attempts.removeAll(completed);
        String status = satisfiedOn != null
                ? (satisfiedOn.isAfter(due) ? "SATISFIED_LATE" : "SATISFIED")
                : endedOn != null ? "NOT_APPLICABLE" : "OPEN";
        return new Counted(completed.size(), attempts.size(), status, satisfiedOn, last);
    }

    // ------------------------------------------------------------------ pieces

    private int createPairings(
            String districtPath,
            int householdCount,
            Options options,
            Map<Long, Set<Long>> gridWorkers,
            Map<Long, List<Helper>> communityStaff,
            Map<Long, List<Helper>> volunteers,
            Map<Long, String> staffNames,
            Map<Long, Long> communityOfGrid,
            LocalDate firstMonth,
            LocalDate today,
            long createdBy,
            Instant now)
            throws SQLException {
        Map<String, String> typeOf = new HashMap<>();
        for (Object[] r : rows("SELECT care_code, type_code FROM pairing_type_care_code ORDER BY type_code")) {
            typeOf.putIfAbsent((String) r[0], (String) r[1]);
        }
        // household → {code, resident id or null, grid, path}; households with an active pairing are left alone
        Map<Long, Object[]> carriers = new LinkedHashMap<>();
        for (Object[] r : rows(
                "SELECT h.id, MIN(t.code), h.grid_id, h.area_path FROM household h"
                        + " JOIN household_tag t ON t.household_id = h.id"
                        + " JOIN pairing_type_care_code pc ON pc.care_code = t.code"
                        + " WHERE h.area_path LIKE ? AND h.status = 'ACTIVE' GROUP BY h.id, h.grid_id, h.area_path",
                districtPath + "%")) {
            carriers.put((Long) r[0], new Object[] {r[1], null, r[2], r[3]});
        }
        // the pairing is then for the resident carrying the code (the first by id, the first of their codes)
        for (Object[] r : rows(
                "SELECT r.household_id, t.code, r.id, h.grid_id, h.area_path FROM resident r"
                        + " JOIN resident_tag t ON t.resident_id = r.id"
                        + " JOIN pairing_type_care_code pc ON pc.care_code = t.code"
                        + " JOIN household h ON h.id = r.household_id"
                        + " WHERE r.area_path LIKE ? AND r.status = 'ACTIVE' AND h.status = 'ACTIVE'"
                        + " ORDER BY r.household_id, r.id, t.code",
                districtPath + "%")) {
            carriers.putIfAbsent((Long) r[0], new Object[] {r[1], r[2], r[3], r[4]});
        }
        for (Object[] r : rows(
                "SELECT household_id FROM pairing WHERE area_path LIKE ? AND status = 'ACTIVE'", districtPath + "%")) {
            carriers.remove((Long) r[0]);
        }
        List<Long> chosen = new ArrayList<>(carriers.keySet());
        Collections.sort(chosen);
        Collections.shuffle(chosen, random);
        // the first ones (in random order) whose community has a helper, then in id order
        int wanted = householdCount * options.pairingPercent() / 100;
        Map<Long, Helper> helpers = new HashMap<>();
        for (Long household : chosen) {
            if (helpers.size() == wanted) {
                break;
            }
            Helper helper = helperFor(
                    (Long) carriers.get(household)[2],
                    gridWorkers,
                    communityStaff,
                    volunteers,
                    staffNames,
                    communityOfGrid);
            if (helper != null) {
                helpers.put(household, helper);
            }
        }
        chosen = new ArrayList<>(helpers.keySet());
        Collections.sort(chosen);
        MultiRowInsert insert = pairingInsert(connection);
        long span = Math.max(1, ChronoUnit.DAYS.between(firstMonth, today));
        for (Long household : chosen) {
            Object[] c = carriers.get(household);
            long grid = (Long) c[2];
            Helper helper = helpers.get(household);
            int r = random.nextInt(100);
            LocalDate from = r < 90 || span < 3
                    ? firstMonth.minusDays(1 + random.nextInt(400))
                    : firstMonth.plusDays(1 + random.nextInt((int) span - 1));
            LocalDate ended = r >= 95 && span >= 3 ? firstMonth.plusDays(1 + random.nextInt((int) span - 1)) : null;
            if (ended != null) {
                from = firstMonth.minusDays(1 + random.nextInt(400));
            }
            insert.add(
                    household,
                    c[1],
                    grid,
                    c[3],
                    typeOf.get((String) c[0]),
                    helper.kind(),
                    helper.staffId(),
                    helper.volunteerId(),
                    helper.name(),
                    ended == null ? "ACTIVE" : "ENDED",
                    from,
                    ended,
                    ended == null ? null : "NO_LONGER_NEEDED",
                    ended == null ? null : createdBy,
                    ended == null
                            ? null
                            : ended.atTime(10, 0).atZone(BeijingTime.ZONE).toInstant(),
                    null,
                    createdBy,
                    0L,
                    now,
                    now);
            if (insert.size() == CHUNK) {
                insert.flush(false);
            }
        }
        insert.flush(false);
        return chosen.size();
    }

    /**
     * Pairing rows: household, resident, grid, area path, type, helper kind, staff, volunteer, name, status, valid
     * from, valid to, end reason, ended by, ended at, notes, created by, version, created at, updated at.
     */
    public static MultiRowInsert pairingInsert(Connection connection) {
        return new MultiRowInsert(
                connection,
                "pairing",
                "household_id",
                "resident_id",
                "grid_id",
                "area_path",
                "type_code",
                "helper_kind",
                "helper_staff_id",
                "helper_volunteer_id",
                "helper_name",
                "status",
                "valid_from",
                "valid_to",
                "end_reason",
                "ended_by_id",
                "ended_at",
                "notes",
                "created_by_id",
                "version",
                "created_at",
                "updated_at");
    }

    /** The grid's worker (four in ten), a community staff member (three), a volunteer of the community (three). */
    private Helper helperFor(
            long grid,
            Map<Long, Set<Long>> gridWorkers,
            Map<Long, List<Helper>> communityStaff,
            Map<Long, List<Helper>> volunteers,
            Map<Long, String> staffNames,
            Map<Long, Long> communityOfGrid) {
        int r = random.nextInt(10);
        Set<Long> workers = gridWorkers.get(grid);
        Long community = communityOfGrid.get(grid);
        Helper volunteer = pick(volunteers.get(community));
        Helper staff = pick(communityStaff.get(community));
        Helper worker = workers == null
                ? null
                : new Helper(
                        "STAFF",
                        workers.iterator().next(),
                        null,
                        staffNames.getOrDefault(workers.iterator().next(), "网格员"));
        Helper first = r < 4 ? worker : r < 7 ? staff : volunteer;
        return first != null ? first : staff != null ? staff : worker != null ? worker : volunteer;
    }

    /** Per grid of the district, the enabled grid workers whose scope includes it, lowest id first. */
    private Map<Long, Set<Long>> gridWorkers(String districtPath) throws SQLException {
        Map<Long, Set<Long>> workers = new HashMap<>();
        for (Object[] r : rows(
                "SELECT g.id, s.id FROM area g JOIN area sc ON g.path LIKE CONCAT(sc.path, '%')"
                        + " JOIN staff_area sa ON sa.area_id = sc.id JOIN staff s ON s.id = sa.staff_id"
                        + " WHERE g.level = 'GRID' AND g.path LIKE ? AND s.role = 'grid-worker' AND s.enabled = TRUE",
                districtPath + "%")) {
            workers.computeIfAbsent((Long) r[0], k -> new TreeSet<>()).add((Long) r[1]);
        }
        return workers;
    }

    private long staff(String username, String name, String role, long areaId, Instant now) throws SQLException {
        MultiRowInsert s = new MultiRowInsert(
                connection,
                "staff",
                "username",
                "display_name",
                "role",
                "enabled",
                "version",
                "created_at",
                "updated_at");
        s.add(username, name, role, true, 0L, now, now);
        long id = s.flush(true).get(0);
        MultiRowInsert a = new MultiRowInsert(connection, "staff_area", "staff_id", "area_id");
        a.add(id, areaId);
        a.flush(false);
        return id;
    }

    private long rule(
            long subDistrictId,
            String path,
            String defaultRule,
            String name,
            String target,
            String responsible,
            String periodKind,
            LocalDate anchor,
            List<String> modes,
            Instant now)
            throws SQLException {
        Long existing = scalarOrNull(
                "SELECT id FROM visit_rule WHERE sub_district_id = ? AND default_rule = ?", subDistrictId, defaultRule);
        if (existing != null) {
            return existing;
        }
        MultiRowInsert r = new MultiRowInsert(
                connection,
                "visit_rule",
                "sub_district_id",
                "area_path",
                "name",
                "target",
                "responsible",
                "period_kind",
                "anchor_date",
                "visits_required",
                "active",
                "default_rule",
                "version",
                "created_at",
                "updated_at");
        r.add(subDistrictId, path, name, target, responsible, periodKind, anchor, 1, true, defaultRule, 0L, now, now);
        long id = r.flush(true).get(0);
        MultiRowInsert m = new MultiRowInsert(connection, "visit_rule_mode", "rule_id", "mode");
        for (String mode : modes) {
            m.add(id, mode);
        }
        m.flush(false);
        return id;
    }

    private Set<String> modes(long ruleId) throws SQLException {
        Set<String> modes = new HashSet<>();
        for (Object[] r : rows("SELECT mode FROM visit_rule_mode WHERE rule_id = ?", ruleId)) {
            modes.add((String) r[0]);
        }
        return modes;
    }

    private Period period(long ruleId, LocalDate starts, LocalDate ends, Calendar calendar, Instant now)
            throws SQLException {
        LocalDate due = ends;
        while (!calendar.isWorkingDay(due)) {
            due = due.minusDays(1);
        }
        MultiRowInsert p = new MultiRowInsert(
                connection,
                "visit_period",
                "rule_id",
                "starts_on",
                "ends_on",
                "due_on",
                "generated_at",
                "household_count");
        p.add(
                ruleId,
                starts,
                ends,
                due,
                starts.atStartOfDay(BeijingTime.ZONE).toInstant().isBefore(now)
                        ? starts.atTime(0, 5).atZone(BeijingTime.ZONE).toInstant()
                        : now,
                0);
        return new Period(p.flush(true).get(0), ruleId, starts, ends, due);
    }

    private void setHouseholdCount(long periodId, int count) throws SQLException {
        try (PreparedStatement s =
                connection.prepareStatement("UPDATE visit_period SET household_count = ? WHERE id = ?")) {
            s.setInt(1, count);
            s.setLong(2, periodId);
            s.executeUpdate();
        }
    }

    private MultiRowInsert obligationInsert() {
        return new MultiRowInsert(
                connection,
                "visit_obligation",
                "period_id",
                "rule_id",
                "household_id",
                "grid_id",
                "area_path",
                "responsible_staff_id",
                "pairing_id",
                "pairing_type_code",
                "starts_on",
                "ends_on",
                "due_on",
                "visits_required",
                "completed_days",
                "attempt_days",
                "status",
                "satisfied_on",
                "last_visit_id",
                "not_applicable_reason",
                "not_applicable_note",
                "not_applicable_on",
                "version",
                "created_at",
                "updated_at");
    }

    private void addObligation(
            MultiRowInsert insert,
            Period p,
            Household h,
            Long responsible,
            Long pairingId,
            String type,
            Counted c,
            LocalDate endedOn,
            String reason,
            String note,
            Instant now)
            throws SQLException {
        boolean na = c.status().equals("NOT_APPLICABLE");
        insert.add(
                p.id(),
                p.ruleId(),
                h.id(),
                h.gridId(),
                h.path(),
                responsible,
                pairingId,
                type,
                p.starts(),
                p.ends(),
                p.due(),
                1,
                c.completedDays(),
                c.attemptDays(),
                c.status(),
                c.satisfiedOn(),
                c.lastVisitId(),
                na ? reason : null,
                na ? note : null,
                na ? endedOn : null,
                0L,
                now,
                now);
        if (insert.size() == CHUNK) {
            insert.flush(false);
        }
    }

    private PlannedVisit visit(
            long household, long visitor, String kind, Long pairing, String mode, String outcome, LocalDate day) {
        PlannedVisit v = new PlannedVisit();
        v.householdId = household;
        v.visitorStaffId = visitor;
        v.visitorKind = kind;
        v.pairingId = pairing;
        v.mode = mode;
        v.outcome = outcome;
        v.day = day;
        v.minute = 8 * 60 + random.nextInt(11 * 60);
        return v;
    }

    private int insertVisits(List<PlannedVisit> planned, Map<Long, Household> households, Instant now)
            throws SQLException {
        MultiRowInsert insert = new MultiRowInsert(
                connection,
                "visit",
                "household_id",
                "grid_id",
                "area_path",
                "visitor_staff_id",
                "visitor_kind",
                "pairing_id",
                "mode",
                "outcome",
                "visited_at",
                "visited_on",
                "received_at",
                "latitude",
                "longitude",
                "accuracy_meters",
                "location_missing_reason",
                "living_conditions",
                "notes",
                "version",
                "created_at",
                "updated_at");
        MultiRowInsert needs = new MultiRowInsert(connection, "visit_need", "visit_id", "code");
        List<PlannedVisit> pending = new ArrayList<>();
        List<String[]> pendingNeeds = new ArrayList<>();
        int attempts = 0;
        for (int i = 0; i < planned.size(); i++) {
            PlannedVisit v = planned.get(i);
            Household h = households.get(v.householdId);
            Instant at = v.day.atTime(v.minute / 60, v.minute % 60, random.nextInt(60))
                    .atZone(BeijingTime.ZONE)
                    .toInstant();
            boolean onSite = v.mode.equals("IN_HOME") || v.mode.equals("AT_DOOR");
            boolean located = onSite && random.nextInt(100) < 90;
            boolean completed = v.outcome.equals("COMPLETED");
            attempts += completed ? 0 : 1;
            int c = random.nextInt(100);
            insert.add(
                    v.householdId,
                    h.gridId(),
                    h.path(),
                    v.visitorStaffId,
                    v.visitorKind,
                    v.pairingId,
                    v.mode,
                    v.outcome,
                    at,
                    v.day,
                    at.plusSeconds(2 + random.nextInt(600)),
                    located ? 30.25 + random.nextInt(20_000) / 1e6 : null,
                    located ? 120.15 + random.nextInt(20_000) / 1e6 : null,
                    located ? 5 + random.nextInt(60) : null,
                    located ? null : onSite ? (random.nextBoolean() ? "UNAVAILABLE" : "TIMEOUT") : "NOT_ON_SITE",
                    completed && v.mode.equals("IN_HOME")
                            ? c < 55 ? "GOOD" : c < 88 ? "FAIR" : c < 98 ? "POOR" : "CRITICAL"
                            : null,
                    completed && random.nextInt(100) < 30 ? NOTES[random.nextInt(NOTES.length)] : null,
                    0L,
                    now,
                    now);
            pending.add(v);
            pendingNeeds.add(
                    completed && random.nextInt(100) < 8 ? new String[] {NEEDS[random.nextInt(NEEDS.length)]} : null);
            if (insert.size() == CHUNK || i == planned.size() - 1) {
                List<Long> ids = insert.flush(true);
                for (int k = 0; k < ids.size(); k++) {
                    pending.get(k).id = ids.get(k);
                    if (pendingNeeds.get(k) != null) {
                        needs.add(ids.get(k), pendingNeeds.get(k)[0]);
                    }
                }
                needs.flush(false);
                pending.clear();
                pendingNeeds.clear();
            }
        }
        return attempts;
    }

    private String helperMode() {
        int m = random.nextInt(100);
        return m < 50 ? "IN_HOME" : m < 80 ? "PHONE" : m < 95 ? "AT_DOOR" : "VIDEO";
    }

    private String attemptOutcome() {
        int o = random.nextInt(100);
        return o < 70 ? "NOBODY_HOME" : o < 90 ? "REFUSED" : "WRONG_ADDRESS";
    }

    private LocalDate day(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? from : from.plusDays(random.nextInt((int) days + 1));
    }

    private <T> T pick(List<T> list) {
        return list == null || list.isEmpty() ? null : list.get(random.nextInt(list.size()));
    }

    private String fakeName() {
        boolean male = random.nextBoolean();
        return FakePeople.surname(random) + FakePeople.givenName(random, male);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private long creator() throws SQLException {
        Long admin = scalarOrNull("SELECT MIN(id) FROM staff WHERE role = 'street-admin'");
        return admin != null ? admin : scalar("SELECT MIN(id) FROM staff");
    }

    /** The platform's working calendar as the sub-district has it (its own year where entered, else the default). */
    private final class Calendar {
        private final Map<Integer, Map<LocalDate, CalendarDayKind>> own = new HashMap<>();
        private final Map<Integer, Map<LocalDate, CalendarDayKind>> platform = new HashMap<>();

        Calendar(long subDistrictId) throws SQLException {
            for (Object[] r : rows(
                    "SELECT y.sub_district_id, y.year, d.day, d.kind FROM calendar_year y"
                            + " LEFT JOIN calendar_day d ON d.calendar_year_id = y.id"
                            + " WHERE y.sub_district_id IS NULL OR y.sub_district_id = ?",
                    subDistrictId)) {
                Map<LocalDate, CalendarDayKind> year = (r[0] == null ? platform : own)
                        .computeIfAbsent(((Number) r[1]).intValue(), k -> new HashMap<>());
                if (r[2] != null) {
                    year.put(((java.sql.Date) r[2]).toLocalDate(), CalendarDayKind.valueOf((String) r[3]));
                }
            }
        }

        boolean isWorkingDay(LocalDate day) {
            Map<LocalDate, CalendarDayKind> year = own.containsKey(day.getYear())
                    ? own.get(day.getYear())
                    : platform.getOrDefault(day.getYear(), Map.of());
            return WorkingDays.isWorkingDay(day, year.get(day));
        }
    }

    // ------------------------------------------------------------------ JDBC

    private List<Object[]> rows(String sql, Object... params) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private Long scalarOrNull(String sql, Object... params) throws SQLException {
        List<Object[]> r = rows(sql, params);
        return r.isEmpty() || r.get(0)[0] == null ? null : ((Number) r.get(0)[0]).longValue();
    }

    private long scalar(String sql, Object... params) throws SQLException {
        Long v = scalarOrNull(sql, params);
        return v == null ? 0 : v;
    }

    private String scalarString(String sql, Object... params) throws SQLException {
        return (String) rows(sql, params).get(0)[0];
    }
}
