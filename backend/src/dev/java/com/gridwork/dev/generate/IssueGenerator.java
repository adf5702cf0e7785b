package com.gridwork.dev.generate;

import com.gridwork.calendar.CalendarDayKind;
import com.gridwork.calendar.WorkingDays;
import com.gridwork.calendar.WorkingDays.YearExceptions;
import com.gridwork.common.crypto.PersonalDataCipher;
import com.gridwork.common.crypto.SealedValue;
import com.gridwork.common.persistence.MultiRowInsert;
import com.gridwork.dictionary.DictionaryService;
import com.gridwork.issue.IssueDeadlines;
import com.gridwork.issue.IssueStatus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Fills a database with talk days and a year's worth of issues for the grids under an area, through batched
 * multi-row inserts: the demo data of `make run` and the district of `make bench`. Every issue follows the real
 * workflow in time (received, accepted, assigned, started, resolved, closed, with the events on its timeline),
 * deadlines come from the working calendar as the app computes them, and most, not all, are resolved on time.
 */
public final class IssueGenerator {
    private static final int CHUNK = 500;
    private static final String[][] DESCRIPTIONS = {
        {"WATER", "楼栋自来水水压低，高层住户早晚用水困难", "地下管道漏水，楼前路面长期积水", "二次供水水箱清洗后水有异味"},
        {"POWER", "单元楼道灯损坏，夜间出行不便", "小区路灯不亮已有数日", "电表箱门损坏，存在安全隐患"},
        {"HEATING", "暖气不热，室温不足16度", "暖气管道漏水，楼下住户受影响", "供暖开始后末端住户散热器不热"},
        {"GAS", "楼道内有燃气异味，请尽快排查", "燃气表箱锈蚀严重"},
        {"ROADS_LIGHTING", "小区道路坑洼，老人出行易摔倒", "人行道井盖松动", "巷口路灯需要增设"},
        {"SANITATION", "垃圾清运不及时，夏天气味大", "楼道堆放杂物，影响消防通道", "绿化带内有积存垃圾"},
        {"PROPERTY", "物业对电梯故障维修不及时", "小区门禁系统故障，外来人员随意进出", "物业收费公示不清"},
        {"NEIGHBOUR_DISPUTE", "楼上住户夜间噪音扰民", "邻居占用公共楼道堆放物品引发纠纷", "空调外机滴水到楼下阳台"},
        {"FAMILY_CONFLICT", "老人赡养问题家庭矛盾，需要调解", "夫妻矛盾激化，请社区介入调解"},
        {"PUBLIC_SECURITY", "小区电动车夜间被盗", "车棚私拉电线给电动车充电", "陌生人员频繁进出出租屋"},
        {"SOCIAL_ASSISTANCE", "独居老人申请居家养老服务", "咨询低保申请条件和办理流程", "残疾人补贴发放咨询"},
        {"OTHER", "建议增设便民休闲座椅", "希望社区组织老年人健康讲座"}
    };

    public record Result(int talkDays, int issues, int events, long millis) {}

    private record Grid(long id, long communityId, String path, List<Long> buildings) {}

    private record Category(long id, String code, int days) {}

    private final Connection connection;
    private final PersonalDataCipher cipher;
    private final Random random;
    /** The entered calendar years: (sub-district id, 0 for the platform default) → year → its exceptions. */
    private final Map<Long, Map<Integer, YearExceptions>> calendars = new HashMap<>();

    public IssueGenerator(Connection connection, PersonalDataCipher cipher, long seed) {
        this.connection = connection;
        this.cipher = cipher;
        this.random = new Random(seed);
    }

    /**
     * Generates {@code issues} issues received between {@code from} and {@code now} in the grids under the area
     * with this path, and two talk days a month per community. {@code staffByCommunity} (key 0: the fallback) receives
     * and assigns them; {@code handlerByGrid} handles a grid's issues (the community's staff when absent).
     */
    public Result generate(
            String areaPath,
            int issues,
            LocalDate from,
            Instant now,
            Map<Long, Long> staffByCommunity,
            Map<Long, Long> handlerByGrid)
            throws SQLException {
        long started = System.nanoTime();
        loadCalendar();
        List<Grid> grids = grids(areaPath);
        List<Category> categories = categories();
        Map<Long, List<long[]>> talkDays = talkDays(grids, from, now);
        MultiRowInsert issueRows = new MultiRowInsert(
                connection,
                "issue",
                "category_id",
                "description",
                "urgency",
                "channel",
                "talk_day_id",
                "community_id",
                "grid_id",
                "building_id",
                "area_path",
                "reporter_name",
                "reporter_phone_enc",
                "reporter_phone_hash",
                "reporter_phone_masked",
                "status",
                "escalated",
                "received_by_id",
                "first_responsible_id",
                "handler_id",
                "received_at",
                "due_at",
                "warn_at",
                "accepted_at",
                "resolved_at",
                "closed_at",
                "rejection_reason",
                "satisfaction",
                "unsatisfied_count",
                "reopen_count",
                "overdue_marked_at",
                "version",
                "created_at",
                "updated_at");
        List<List<Object[]>> pendingEvents = new ArrayList<>();
        int events = 0;
        long span = Duration.between(from.atStartOfDay(IssueDeadlines.ZONE).toInstant(), now)
                .toSeconds();
        for (int n = 0; n < issues; n++) {
            Grid grid = grids.get(random.nextInt(grids.size()));
            Category category = categories.get(random.nextInt(categories.size()));
            long staff = staffByCommunity.getOrDefault(grid.communityId(), staffByCommunity.get(0L));
            long handler = handlerByGrid.getOrDefault(grid.id(), staff);
            Long talkDay = null;
            Instant received =
                    from.atStartOfDay(IssueDeadlines.ZONE).toInstant().plusSeconds((long) (random.nextDouble() * span));
            List<long[]> sessions = talkDays.get(grid.communityId());
            if (random.nextInt(100) < 30 && !sessions.isEmpty()) {
                long[] session = sessions.get(random.nextInt(sessions.size()));
                talkDay = session[0];
                received = Instant.ofEpochSecond(session[1]).plusSeconds(random.nextInt(9000));
            } else {
                // Office hours: 8:30 to 17:30 Beijing time.
                LocalDate day = received.atZone(IssueDeadlines.ZONE).toLocalDate();
                received = day.atTime(LocalTime.of(8, 30))
                        .plusSeconds(random.nextInt(9 * 3600))
                        .atZone(IssueDeadlines.ZONE)
                        .toInstant();
            }
            if (received.isAfter(now)) {
                received = now.minusSeconds(random.nextInt(3600) + 60);
            }
            long subDistrict = DictionaryService.subDistrictOfPath(grid.path());
            Instant due = IssueDeadlines.dueAt(received, category.days(), day -> isWorkingDay(subDistrict, day));
            Instant warn = IssueDeadlines.warnAt(received, due);
            long limit = Duration.between(received, due).toSeconds();
            // Most issues take a third to four fifths of their time; about one in twelve runs late.
            double share =
                    random.nextInt(100) < 8 ? 1.05 + random.nextDouble() * 1.5 : 0.1 + random.nextDouble() * 0.75;
            Instant accepted = received.plusSeconds(600 + random.nextInt(6 * 3600));
            Instant resolved = received.plusSeconds((long) (limit * share));
            Instant closed = resolved.plusSeconds(1800 + random.nextInt(36 * 3600));
            boolean rejected = random.nextInt(100) < 3;
            boolean reopened = !rejected && random.nextInt(100) < 3;
            int satisfactionRoll = random.nextInt(100);
            String satisfaction = satisfactionRoll < 88 ? "SATISFIED" : "BASICALLY_SATISFIED";

            String status;
            List<Object[]> timeline = new ArrayList<>();
            timeline.add(event("RECEIVED", null, "RECEIVED", staff, received, null));
            if (rejected) {
                status = accepted.isAfter(now) ? "RECEIVED" : "REJECTED";
                if (status.equals("REJECTED")) {
                    timeline.add(event("REJECTED", "RECEIVED", "REJECTED", staff, accepted, "不属于社区职责，已告知居民相关部门电话"));
                }
            } else if (accepted.isAfter(now)) {
                status = "RECEIVED";
            } else {
                timeline.add(event("ACCEPTED", "RECEIVED", "ACCEPTED", staff, accepted, null));
                Instant assigned = accepted.plusSeconds(300 + random.nextInt(3600));
                Instant begun = assigned.plusSeconds(600 + random.nextInt(4 * 3600));
                status = "ACCEPTED";
                if (!assigned.isAfter(now)) {
                    timeline.add(event("ASSIGNED", "ACCEPTED", "ASSIGNED", staff, assigned, null, null));
                    status = "ASSIGNED";
                }
                if (!begun.isAfter(now)) {
                    timeline.add(event("STARTED", "ASSIGNED", "IN_PROGRESS", handler, begun, null));
                    status = "IN_PROGRESS";
                }
                if (begun.isBefore(resolved) && !resolved.isAfter(now)) {
                    timeline.add(event("RESOLVED", "IN_PROGRESS", "RESOLVED", handler, resolved, "已处理完毕"));
                    status = "RESOLVED";
                    if (!closed.isAfter(now)) {
                        timeline.add(event(
                                reopened ? "REOPENED" : "CLOSED",
                                "RESOLVED",
                                reopened ? "IN_PROGRESS" : "CLOSED",
                                staff,
                                closed,
                                null,
                                reopened ? "UNSATISFIED" : satisfaction));
                        status = reopened ? "IN_PROGRESS" : "CLOSED";
                    }
                } else {
                    resolved = null;
                }
            }
            boolean open = IssueStatus.OPEN.contains(IssueStatus.valueOf(status));
            boolean isResolved = status.equals("RESOLVED") || status.equals("CLOSED");
            SealedValue phone =
                    cipher != null && random.nextInt(100) < 70 ? cipher.sealPhone(FakePeople.mobile(random)) : null;
            Long building = grid.buildings().isEmpty() || random.nextInt(100) < 20
                    ? null
                    : grid.buildings().get(random.nextInt(grid.buildings().size()));
            String[] texts = descriptions(category.code());
            issueRows.add(
                    category.id(),
                    texts[1 + random.nextInt(texts.length - 1)],
                    random.nextInt(100) < 10 ? "HIGH" : "NORMAL",
                    talkDay != null
                            ? "TALK_DAY"
                            : random.nextInt(100) < 40 ? "VISIT" : random.nextBoolean() ? "OFFICE" : "PHONE",
                    talkDay,
                    grid.communityId(),
                    grid.id(),
                    building,
                    building == null ? grid.path() : grid.path() + building + "/",
                    FakePeople.surname(random) + (random.nextBoolean() ? "先生" : "女士"),
                    phone == null ? null : phone.encrypted(),
                    phone == null ? null : phone.hash(),
                    phone == null ? null : phone.masked(),
                    status,
                    false,
                    staff,
                    staff,
                    timeline.size() > 2 && !status.equals("REJECTED") ? handler : null,
                    received,
                    due,
                    warn,
                    status.equals("RECEIVED") || status.equals("REJECTED") ? null : accepted,
                    isResolved ? resolved : null,
                    status.equals("CLOSED") ? closed : null,
                    status.equals("REJECTED") ? "不属于社区职责，已告知居民相关部门电话" : null,
                    status.equals("CLOSED") ? satisfaction : null,
                    reopened && status.equals("IN_PROGRESS") ? 1 : 0,
                    reopened && status.equals("IN_PROGRESS") ? 1 : 0,
                    open && !due.isAfter(now) ? due : null,
                    0,
                    received,
                    timeline.get(timeline.size() - 1)[4]);
            if (open && !due.isAfter(now)) {
                timeline.add(event("OVERDUE", null, null, null, due, null));
            }
            pendingEvents.add(timeline);
            if (issueRows.size() == CHUNK) {
                events += flush(issueRows, pendingEvents);
            }
        }
        events += flush(issueRows, pendingEvents);
        int sessions = talkDays.values().stream().mapToInt(List::size).sum();
        return new Result(sessions, issues, events, (System.nanoTime() - started) / 1_000_000);
    }

    private Object[] event(String type, String from, String to, Long actor, Instant at, String comment) {
        return event(type, from, to, actor, at, comment, null);
    }

    /** issue id (filled in after the insert), type, from, to, actor, at, comment, detail. */
    private Object[] event(String type, String from, String to, Long actor, Instant at, String comment, String detail) {
        return new Object[] {type, from, to, actor, at, comment, detail};
    }

    private int flush(MultiRowInsert issueRows, List<List<Object[]>> pendingEvents) throws SQLException {
        List<Long> ids = issueRows.flush(true);
        MultiRowInsert eventRows = new MultiRowInsert(
                connection,
                "issue_event",
                "issue_id",
                "type",
                "from_status",
                "to_status",
                "actor_id",
                "at",
                "comment",
                "detail");
        int count = 0;
        for (int i = 0; i < ids.size(); i++) {
            for (Object[] e : pendingEvents.get(i)) {
                eventRows.add(ids.get(i), e[0], e[1], e[2], e[3], e[4], e[5], e[6]);
                count++;
                if (eventRows.size() == CHUNK * 2) {
                    eventRows.flush(false);
                }
            }
        }
        eventRows.flush(false);
        pendingEvents.clear();
        return count;
    }

    private static String[] descriptions(String code) {
        for (String[] row : DESCRIPTIONS) {
            if (row[0].equals(code)) {
                return row;
            }
        }
        return DESCRIPTIONS[DESCRIPTIONS.length - 1];
    }

    /** As the app counts: on the sub-district's own year where it entered one, else on the platform default's. */
    private boolean isWorkingDay(long subDistrict, LocalDate day) {
        YearExceptions inForce = WorkingDays.inForce(entered(subDistrict, day.getYear()), entered(0L, day.getYear()));
        return WorkingDays.isWorkingDay(day, inForce.days().get(day));
    }

    private YearExceptions entered(long owner, int year) {
        return calendars.getOrDefault(owner, Map.of()).getOrDefault(year, YearExceptions.NOT_ENTERED);
    }

    private void loadCalendar() throws SQLException {
        Map<Long, Map<Integer, Map<LocalDate, CalendarDayKind>>> days = new HashMap<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT y.sub_district_key, y.year, d.day, d.kind"
                        + " FROM calendar_year y LEFT JOIN calendar_day d ON d.calendar_year_id = y.id")) {
            while (rs.next()) {
                Map<LocalDate, CalendarDayKind> year = days.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                        .computeIfAbsent(rs.getInt(2), k -> new HashMap<>());
                if (rs.getObject(3) != null) {
                    year.put(rs.getObject(3, LocalDate.class), CalendarDayKind.valueOf(rs.getString(4)));
                }
            }
        }
        days.forEach((owner, years) -> years.forEach((year, exceptions) -> calendars
                .computeIfAbsent(owner, k -> new HashMap<>())
                .put(year, new YearExceptions(true, exceptions))));
    }

    private List<Grid> grids(String areaPath) throws SQLException {
        Map<Long, List<Long>> buildings = new HashMap<>();
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT b.parent_id, b.id FROM area b WHERE b.level = 'BUILDING' AND b.path LIKE ?")) {
            s.setString(1, areaPath + "%");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    buildings
                            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getLong(2));
                }
            }
        }
        List<Grid> grids = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT id, parent_id, path FROM area WHERE level = 'GRID' AND path LIKE ? ORDER BY id")) {
            s.setString(1, areaPath + "%");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    grids.add(new Grid(
                            rs.getLong(1),
                            rs.getLong(2),
                            rs.getString(3),
                            buildings.getOrDefault(rs.getLong(1), List.of())));
                }
            }
        }
        if (grids.isEmpty()) {
            throw new IllegalStateException("no grids under " + areaPath);
        }
        return grids;
    }

    private List<Category> categories() throws SQLException {
        List<Category> categories = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT id, code, time_limit_days FROM issue_category WHERE sub_district_id IS NULL AND active")) {
            while (rs.next()) {
                categories.add(new Category(rs.getLong(1), rs.getString(2), rs.getInt(3)));
            }
        }
        return categories;
    }

    /** Two talk days a month per community (the first and third Wednesdays, 9:00-11:30); community id → [id, start]. */
    private Map<Long, List<long[]>> talkDays(List<Grid> grids, LocalDate from, Instant now) throws SQLException {
        Map<Long, String> communities = new HashMap<>();
        grids.forEach(g ->
                communities.put(g.communityId(), g.path().substring(0, g.path().indexOf("/" + g.id() + "/") + 1)));
        Map<Long, List<long[]>> sessions = new HashMap<>();
        LocalDate today = now.atZone(IssueDeadlines.ZONE).toLocalDate();
        for (Map.Entry<Long, String> community : communities.entrySet()) {
            List<Instant> starts = new ArrayList<>();
            MultiRowInsert rows = new MultiRowInsert(
                    connection,
                    "talk_day",
                    "community_id",
                    "area_path",
                    "held_on",
                    "start_time",
                    "end_time",
                    "place",
                    "topic",
                    "hosts",
                    "status",
                    "attendance_count",
                    "minutes",
                    "version",
                    "created_at",
                    "updated_at");
            for (LocalDate month = from.withDayOfMonth(1);
                    !month.isAfter(today.plusMonths(1));
                    month = month.plusMonths(1)) {
                LocalDate first = month;
                while (first.getDayOfWeek() != java.time.DayOfWeek.WEDNESDAY) {
                    first = first.plusDays(1);
                }
                for (LocalDate day : List.of(first, first.plusWeeks(2))) {
                    if (day.isBefore(from)) {
                        continue;
                    }
                    boolean held = !day.isAfter(today);
                    Instant start = day.atTime(9, 0).atZone(IssueDeadlines.ZONE).toInstant();
                    rows.add(
                            community.getKey(),
                            community.getValue(),
                            day,
                            LocalTime.of(9, 0),
                            LocalTime.of(11, 30),
                            "社区党群服务中心一楼议事厅",
                            held ? null : "居民说事：小区环境与物业服务",
                            "社区书记、社区主任、各网格网格员",
                            held ? "HELD" : "PLANNED",
                            held ? 15 + random.nextInt(30) : null,
                            held ? "居民围绕环境卫生、物业服务等问题反映诉求，已逐项登记并明确首问责任人。" : null,
                            0,
                            start,
                            start);
                    if (held && start.isBefore(now)) {
                        starts.add(start);
                    } else {
                        starts.add(null);
                    }
                }
            }
            List<Long> ids = rows.flush(true);
            List<long[]> usable = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                if (starts.get(i) != null) {
                    usable.add(new long[] {ids.get(i), starts.get(i).getEpochSecond()});
                }
            }
            sessions.put(community.getKey(), usable);
        }
        return sessions;
    }
}
