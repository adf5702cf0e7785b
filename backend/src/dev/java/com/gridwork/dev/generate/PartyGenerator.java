package com.gridwork.dev.generate;

import com.gridwork.common.persistence.MultiRowInsert;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Fills a district with in-service party members and co-building (issue 16) through batched multi-row inserts, writing
 * the tables directly (the `make bench` district): member reports of this year and last (most active, some submitted,
 * rejected, withdrawn before and after the decision, transferred out; last year's expired) of the district's volunteers,
 * co-building units with unit reports and agreements in every state, posts of communities and grids with their claims
 * (live claims always match a post's claim_count, never above its capacity; released and revoked ones too), micro-wishes
 * of registered households with their claims (one live claim at most), projects in every state with milestones (some
 * overdue), and the points their acceptance earns. Times spread from the start of last year to now.
 */
public final class PartyGenerator {
    private static final int CHUNK = 1000;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String[] TYPES = {
        "GOVERNMENT_ORGAN",
        "PUBLIC_INSTITUTION",
        "STATE_ENTERPRISE",
        "PRIVATE_ENTERPRISE",
        "SOCIAL_ORGANISATION",
        "OTHER"
    };
    private static final String[] POST_CATEGORIES = {
        "POLICY_OUTREACH", "MEDIATION", "SANITATION", "BUILDING_WATCH", "SECURITY_PATROL", "CARE_AND_HELP", "CIVILITY"
    };
    private static final String[] WISH_CATEGORIES = {"STUDY", "DAILY_GOODS", "COMPANY", "HEALTH", "REPAIR", "OTHER"};
    private static final String[] FIELDS = {
        "ELDERLY_CARE", "YOUTH", "ENVIRONMENT", "CULTURE", "HEALTH", "EMPLOYMENT", "SAFETY", "FACILITIES"
    };

    /** How much to generate: reports; units; projects; posts and wishes follow the reports (a tenth, a quarter). */
    public record Options(int reports, int units, int projects, LocalDate today, long staffId) {}

    public record Result(
            int reports,
            int units,
            int agreements,
            int posts,
            int claims,
            int wishes,
            int projects,
            int milestones,
            int points,
            long millis) {}

    private record Area(long id, String path, long communityId) {}

    /** A confirmed live report a member claims posts with. */
    private record Live(long reportId, long volunteerId) {}

    private final Connection connection;
    private final Random random;

    public PartyGenerator(Connection connection, long seed) {
        this.connection = connection;
        this.random = new Random(seed);
    }

    public Result generate(long subDistrictId, Options o) throws SQLException {
        long started = System.nanoTime();
        String districtPath = one("SELECT path FROM area WHERE id = ?", subDistrictId);
        List<Area> communities = areas("COMMUNITY", districtPath);
        List<Area> grids = areas("GRID", districtPath);
        Instant now = Instant.now();
        int year = o.today().getYear();
        Instant yearStart = o.today().withDayOfYear(1).atStartOfDay(ZONE).toInstant();
        Instant lastYearStart =
                o.today().withDayOfYear(1).minusYears(1).atStartOfDay(ZONE).toInstant();

        // units
        MultiRowInsert unitRows = new MultiRowInsert(
                connection,
                "cobuild_unit",
                "sub_district_id",
                "area_path",
                "name",
                "unit_type",
                "party_org_name",
                "party_member_total",
                "status",
                "version",
                "created_at",
                "updated_at");
        List<Long> units = new ArrayList<>();
        Map<Long, Integer> unitTotals = new HashMap<>();
        List<Integer> totals = new ArrayList<>();
        for (int n = 0; n < o.units(); n++) {
            int total = 5 + random.nextInt(196);
            totals.add(total);
            String name = "共建单位" + subDistrictId + "-" + n;
            unitRows.add(
                    subDistrictId,
                    districtPath,
                    name,
                    TYPES[random.nextInt(TYPES.length)],
                    name + "党委",
                    total,
                    random.nextInt(20) == 0 ? "INACTIVE" : "ACTIVE",
                    0,
                    now,
                    now);
            if (unitRows.size() == CHUNK) {
                units.addAll(unitRows.flush(true));
            }
        }
        units.addAll(unitRows.flush(true));
        for (int i = 0; i < units.size(); i++) {
            unitTotals.put(units.get(i), totals.get(i));
        }

        // member reports: distinct volunteers per year (one live report per member and year)
        List<long[]> volunteers = volunteers(districtPath); // {id, community}
        Collections.shuffle(volunteers, random);
        int thisYear = Math.min(volunteers.size(), o.reports() * 3 / 4);
        int lastYear = Math.min(volunteers.size(), o.reports() - thisYear);
        Map<Long, String> communityPaths = new HashMap<>();
        communities.forEach(c -> communityPaths.put(c.id(), c.path()));
        MultiRowInsert reportRows = new MultiRowInsert(
                connection,
                "party_member_report",
                "report_year",
                "volunteer_id",
                "community_id",
                "area_path",
                "employer",
                "employer_type",
                "unit_id",
                "status",
                "status_reason",
                "submitted_by_id",
                "submitted_at",
                "decided_by_id",
                "decided_at",
                "ended_at",
                "version",
                "created_at",
                "updated_at");
        List<long[]> pendingLive = new ArrayList<>(); // {volunteer, community, live?} per row added
        Map<Long, List<Live>> liveByCommunity = new HashMap<>();
        int reports = 0;
        for (int n = 0; n < thisYear + lastYear; n++) {
            boolean current = n < thisYear;
            long[] v = volunteers.get(current ? n : n - thisYear);
            int roll = random.nextInt(100);
            String status = !current
                    ? "EXPIRED"
                    : roll < 72
                            ? "ACTIVE"
                            : roll < 80
                                    ? "SUBMITTED"
                                    : roll < 85 ? "REJECTED" : roll < 93 ? "WITHDRAWN" : "TRANSFERRED_OUT";
            boolean decided = !status.equals("SUBMITTED") && !(status.equals("WITHDRAWN") && random.nextBoolean());
            Instant submitted = between(current ? yearStart : lastYearStart, current ? now : yearStart);
            Instant decidedAt = decided ? min(submitted.plusSeconds(86_400L * (1 + random.nextInt(10))), now) : null;
            boolean ended = status.equals("WITHDRAWN") || status.equals("TRANSFERRED_OUT") || status.equals("EXPIRED");
            Long unit = random.nextInt(10) < 3 ? units.get(random.nextInt(units.size())) : null;
            reportRows.add(
                    current ? year : year - 1,
                    v[0],
                    v[1],
                    communityPaths.get(v[1]),
                    "工作单位" + random.nextInt(500),
                    TYPES[random.nextInt(TYPES.length)],
                    unit,
                    status,
                    status.equals("REJECTED") || status.equals("WITHDRAWN") ? "不符合报到条件" : null,
                    o.staffId(),
                    submitted,
                    decided ? o.staffId() : null,
                    decidedAt,
                    ended ? (decidedAt == null ? submitted : decidedAt) : null,
                    0,
                    submitted,
                    now);
            pendingLive.add(new long[] {v[0], v[1], status.equals("ACTIVE") ? 1 : 0});
            if (reportRows.size() == CHUNK) {
                live(reportRows.flush(true), pendingLive, liveByCommunity);
            }
            reports++;
        }
        live(reportRows.flush(true), pendingLive, liveByCommunity);

        // unit reports: half the units to one community each
        MultiRowInsert unitReports = new MultiRowInsert(
                connection,
                "party_unit_report",
                "report_year",
                "unit_id",
                "community_id",
                "area_path",
                "party_org_name",
                "party_member_total",
                "status",
                "submitted_by_id",
                "submitted_at",
                "decided_by_id",
                "decided_at",
                "version",
                "created_at",
                "updated_at");
        for (int i = 0; i < units.size(); i += 2) {
            Area c = communities.get(random.nextInt(communities.size()));
            Instant at = between(yearStart, now);
            unitReports.add(
                    year,
                    units.get(i),
                    c.id(),
                    c.path(),
                    "党委",
                    unitTotals.get(units.get(i)),
                    random.nextInt(10) == 0 ? "SUBMITTED" : "ACTIVE",
                    o.staffId(),
                    at,
                    o.staffId(),
                    at,
                    0,
                    at,
                    now);
            if (unitReports.size() == CHUNK) {
                unitReports.flush(false);
            }
        }
        unitReports.flush(false);

        // agreements: every unit with one or two communities, most active
        MultiRowInsert agreementRows = new MultiRowInsert(
                connection,
                "cobuild_agreement",
                "unit_id",
                "community_id",
                "area_path",
                "term_from",
                "term_to",
                "signed_on",
                "status",
                "end_reason",
                "ended_on",
                "created_by_id",
                "version",
                "created_at",
                "updated_at");
        Map<Long, List<Long>> pairedUnits = new HashMap<>();
        int agreements = 0;
        for (long unit : units) {
            int count = 1 + (random.nextInt(2));
            for (int k = 0; k < count; k++) {
                Area c = communities.get(random.nextInt(communities.size()));
                int roll = random.nextInt(100);
                String status = roll < 60
                        ? "ACTIVE"
                        : roll < 80 ? "EXPIRED" : roll < 85 ? "PROPOSED" : roll < 90 ? "SIGNED" : "TERMINATED";
                LocalDate from = switch (status) {
                    case "EXPIRED" -> o.today().minusYears(2);
                    case "SIGNED", "PROPOSED" -> o.today().plusDays(10 + random.nextInt(60));
                    default -> o.today().minusDays(30 + random.nextInt(300));
                };
                LocalDate to =
                        status.equals("EXPIRED") ? o.today().minusDays(1 + random.nextInt(300)) : from.plusYears(2);
                agreementRows.add(
                        unit,
                        c.id(),
                        c.path(),
                        from,
                        to,
                        status.equals("PROPOSED") ? null : from,
                        status,
                        status.equals("TERMINATED") ? "单位撤并" : null,
                        status.equals("TERMINATED") ? o.today().minusDays(random.nextInt(30)) : null,
                        o.staffId(),
                        0,
                        now,
                        now);
                if (status.equals("ACTIVE")) {
                    pairedUnits.computeIfAbsent(c.id(), x -> new ArrayList<>()).add(unit);
                }
                agreements++;
                if (agreementRows.size() == CHUNK) {
                    agreementRows.flush(false);
                }
            }
        }
        agreementRows.flush(false);

        // posts of communities and grids, with their claims
        int postCount = Math.max(1, o.reports() / 10);
        MultiRowInsert postRows = new MultiRowInsert(
                connection,
                "party_post",
                "area_id",
                "community_id",
                "area_path",
                "category_code",
                "title",
                "capacity",
                "claim_count",
                "term_from",
                "term_to",
                "status",
                "created_by_id",
                "version",
                "created_at",
                "updated_at");
        List<int[]> postPlans = new ArrayList<>(); // {capacity, live claims}
        List<Area> postAreas = new ArrayList<>();
        List<Long> posts = new ArrayList<>();
        for (int n = 0; n < postCount; n++) {
            Area a = random.nextBoolean()
                    ? communities.get(random.nextInt(communities.size()))
                    : grids.get(random.nextInt(grids.size()));
            int capacity = 1 + random.nextInt(10);
            int members =
                    liveByCommunity.getOrDefault(a.communityId(), List.of()).size();
            int liveClaims = Math.min(members, random.nextInt(capacity + 1));
            postPlans.add(new int[] {capacity, liveClaims});
            postAreas.add(a);
            LocalDate from = o.today().withDayOfYear(1).plusDays(random.nextInt(60));
            postRows.add(
                    a.id(),
                    a.communityId(),
                    a.path(),
                    POST_CATEGORIES[random.nextInt(POST_CATEGORIES.length)],
                    "岗位" + n,
                    capacity,
                    liveClaims,
                    from,
                    from.plusYears(1),
                    random.nextInt(10) == 0 ? "CLOSED" : "OPEN",
                    o.staffId(),
                    0,
                    now,
                    now);
            if (postRows.size() == CHUNK) {
                posts.addAll(postRows.flush(true));
            }
        }
        posts.addAll(postRows.flush(true));
        MultiRowInsert claimRows = new MultiRowInsert(
                connection,
                "party_post_claim",
                "post_id",
                "report_id",
                "volunteer_id",
                "area_path",
                "status",
                "claimed_at",
                "ended_at",
                "end_reason",
                "version");
        int claims = 0;
        for (int p = 0; p < posts.size(); p++) {
            List<Live> members = liveByCommunity.getOrDefault(postAreas.get(p).communityId(), List.of());
            if (members.isEmpty()) {
                continue;
            }
            Set<Long> holding = new HashSet<>();
            int live = postPlans.get(p)[1];
            int ended = random.nextInt(3);
            for (int k = 0; k < live + ended; k++) {
                Live m = members.get(random.nextInt(members.size()));
                boolean active = k < live;
                if (active && !holding.add(m.volunteerId())) {
                    // one live claim per post and member: take the next member not holding it
                    m = members.stream()
                            .filter(x -> !holding.contains(x.volunteerId()))
                            .findFirst()
                            .orElseThrow();
                    holding.add(m.volunteerId());
                }
                Instant claimedAt = between(yearStart, now);
                claimRows.add(
                        posts.get(p),
                        m.reportId(),
                        m.volunteerId(),
                        postAreas.get(p).path(),
                        active ? "ACTIVE" : random.nextBoolean() ? "RELEASED" : "REVOKED",
                        claimedAt,
                        active ? null : between(claimedAt, now),
                        active ? null : "工作调整",
                        0);
                claims++;
                if (claimRows.size() == CHUNK) {
                    claimRows.flush(false);
                }
            }
        }
        claimRows.flush(false);

        // micro-wishes of households, with their claims
        int wishCount = Math.max(1, o.reports() / 4);
        List<long[]> households = households(districtPath, wishCount); // {household, grid}
        Map<Long, Area> gridsById = new HashMap<>();
        grids.forEach(g -> gridsById.put(g.id(), g));
        MultiRowInsert wishRows = new MultiRowInsert(
                connection,
                "micro_wish",
                "household_id",
                "grid_id",
                "community_id",
                "area_path",
                "category_code",
                "title",
                "beneficiary_name",
                "beneficiary_masked",
                "status",
                "published_at",
                "realised_on",
                "confirmed_by_id",
                "created_by_id",
                "version",
                "created_at",
                "updated_at");
        List<String> wishStatuses = new ArrayList<>();
        List<Instant> published = new ArrayList<>();
        List<Long> wishes = new ArrayList<>();
        for (int n = 0; n < wishCount && !households.isEmpty(); n++) {
            long[] h = households.get(n % households.size());
            Area g = gridsById.get(h[1]);
            int roll = random.nextInt(100);
            String status = roll < 45
                    ? "REALISED"
                    : roll < 65 ? "PUBLISHED" : roll < 80 ? "CLAIMED" : roll < 92 ? "FULFILLED" : "TAKEN_DOWN";
            Instant at = between(lastYearStart, now);
            LocalDate realised = status.equals("REALISED")
                    ? min(at.plusSeconds(86_400L * (3 + random.nextInt(30))), now)
                            .atZone(ZONE)
                            .toLocalDate()
                    : null;
            wishRows.add(
                    h[0],
                    g.id(),
                    g.communityId(),
                    g.path(),
                    WISH_CATEGORIES[random.nextInt(WISH_CATEGORIES.length)],
                    "微心愿" + n,
                    "张小明",
                    "张*明",
                    status,
                    at,
                    realised,
                    realised == null ? null : o.staffId(),
                    o.staffId(),
                    0,
                    at,
                    now);
            wishStatuses.add(status);
            published.add(at);
            if (wishRows.size() == CHUNK) {
                wishes.addAll(wishRows.flush(true));
            }
        }
        wishes.addAll(wishRows.flush(true));
        MultiRowInsert wishClaims = new MultiRowInsert(
                connection,
                "micro_wish_claim",
                "wish_id",
                "claimant_kind",
                "volunteer_id",
                "unit_id",
                "claimant_name",
                "claimed_by_id",
                "status",
                "claimed_at",
                "ended_at",
                "cancel_reason",
                "version");
        for (int n = 0; n < wishes.size(); n++) {
            String status = wishStatuses.get(n);
            Instant at = published.get(n);
            // a cancelled claim before some of them (the wish reopened)
            if (!status.equals("TAKEN_DOWN") && random.nextInt(8) == 0) {
                wishClaim(wishClaims, wishes.get(n), volunteers, units, o.staffId(), "CANCELLED", at.plusSeconds(3600));
            }
            String claim = switch (status) {
                case "REALISED" -> "REALISED";
                case "CLAIMED" -> "ACTIVE";
                case "FULFILLED" -> "FULFILLED";
                default -> null;
            };
            if (claim != null) {
                wishClaim(wishClaims, wishes.get(n), volunteers, units, o.staffId(), claim, at.plusSeconds(7200));
            }
            if (wishClaims.size() >= CHUNK) {
                wishClaims.flush(false);
            }
        }
        wishClaims.flush(false);

        // projects, milestones, points
        MultiRowInsert projectRows = new MultiRowInsert(
                connection,
                "cobuild_project",
                "community_id",
                "area_path",
                "field_code",
                "title",
                "status",
                "planned_start",
                "planned_end",
                "approved_by_id",
                "approved_at",
                "claim_deadline",
                "unit_id",
                "claimed_at",
                "claimed_in_time",
                "submitted_at",
                "accepted_at",
                "accepted_by_id",
                "satisfaction",
                "status_reason",
                "created_by_id",
                "version",
                "created_at",
                "updated_at");
        List<Object[]> plans = new ArrayList<>(); // {status, unit, accepted day, claimed in time, approved}
        List<Long> projects = new ArrayList<>();
        int milestones = 0;
        int points = 0;
        MultiRowInsert milestoneRows = new MultiRowInsert(
                connection,
                "cobuild_milestone",
                "project_id",
                "title",
                "due_on",
                "done_on",
                "reported_by_id",
                "version",
                "created_at",
                "updated_at");
        MultiRowInsert pointRows = new MultiRowInsert(
                connection,
                "cobuild_points_entry",
                "unit_id",
                "area_path",
                "kind",
                "points",
                "earned_on",
                "project_id",
                "created_by_id",
                "created_at");
        for (int n = 0; n < o.projects(); n++) {
            Area c = communities.get(random.nextInt(communities.size()));
            int roll = random.nextInt(100);
            String status = roll < 5
                    ? "DRAFT"
                    : roll < 9
                            ? "REJECTED"
                            : roll < 16
                                    ? "OPEN_PAIRED"
                                    : roll < 22
                                            ? "OPEN_ALL"
                                            : roll < 30
                                                    ? "CLAIMED"
                                                    : roll < 55
                                                            ? "IN_PROGRESS"
                                                            : roll < 62
                                                                    ? "SUBMITTED"
                                                                    : roll < 95 ? "ACCEPTED" : "CANCELLED";
            Instant created = between(lastYearStart, now);
            boolean approved = !status.equals("DRAFT") && !status.equals("REJECTED");
            Instant approvedAt = approved ? min(created.plusSeconds(86_400L * (1 + random.nextInt(10))), now) : null;
            boolean claimed =
                    Set.of("CLAIMED", "IN_PROGRESS", "SUBMITTED", "ACCEPTED").contains(status);
            List<Long> paired = pairedUnits.getOrDefault(c.id(), List.of());
            boolean inTime = claimed && !paired.isEmpty() && random.nextInt(3) > 0;
            Long unit = !claimed
                    ? null
                    : inTime ? paired.get(random.nextInt(paired.size())) : units.get(random.nextInt(units.size()));
            Instant claimedAt = claimed ? min(approvedAt.plusSeconds(86_400L * (1 + random.nextInt(7))), now) : null;
            Instant acceptedAt = status.equals("ACCEPTED")
                    ? min(claimedAt.plusSeconds(86_400L * (20 + random.nextInt(90))), now)
                    : null;
            LocalDate start = created.atZone(ZONE).toLocalDate();
            projectRows.add(
                    c.id(),
                    c.path(),
                    FIELDS[random.nextInt(FIELDS.length)],
                    "共建项目" + n,
                    status,
                    start,
                    start.plusMonths(3),
                    approved ? o.staffId() : null,
                    approvedAt,
                    approved ? approvedAt.atZone(ZONE).toLocalDate().plusDays(7) : null,
                    unit,
                    claimedAt,
                    inTime,
                    status.equals("SUBMITTED") || status.equals("ACCEPTED")
                            ? acceptedAt == null ? now : acceptedAt
                            : null,
                    acceptedAt,
                    acceptedAt == null ? null : o.staffId(),
                    acceptedAt == null ? null : "SATISFIED",
                    status.equals("REJECTED") || status.equals("CANCELLED") ? "条件不具备" : null,
                    o.staffId(),
                    0,
                    created,
                    now);
            plans.add(new Object[] {status, unit, acceptedAt, inTime, claimedAt});
            if (projectRows.size() == CHUNK) {
                projects.addAll(projectRows.flush(true));
            }
        }
        projects.addAll(projectRows.flush(true));
        for (int n = 0; n < projects.size(); n++) {
            String status = (String) plans.get(n)[0];
            Instant claimedAt = (Instant) plans.get(n)[4];
            if (claimedAt == null) {
                continue;
            }
            LocalDate claimedOn = claimedAt.atZone(ZONE).toLocalDate();
            int count = 2 + random.nextInt(2);
            for (int k = 0; k < count; k++) {
                LocalDate due = claimedOn.plusDays(20L * (k + 1));
                boolean done = status.equals("ACCEPTED")
                        || status.equals("SUBMITTED")
                        || (due.isBefore(o.today()) && random.nextInt(4) > 0);
                milestoneRows.add(
                        projects.get(n),
                        "节点" + (k + 1),
                        due,
                        done ? min(due, o.today()) : null,
                        done ? o.staffId() : null,
                        0,
                        now,
                        now);
                milestones++;
            }
            if (milestoneRows.size() >= CHUNK) {
                milestoneRows.flush(false);
            }
            Instant acceptedAt = (Instant) plans.get(n)[2];
            if (acceptedAt != null) {
                long unit = (Long) plans.get(n)[1];
                LocalDate on = acceptedAt.atZone(ZONE).toLocalDate();
                pointRows.add(
                        unit, districtPath, "PROJECT_COMPLETED", 10, on, projects.get(n), o.staffId(), acceptedAt);
                points++;
                if ((Boolean) plans.get(n)[3]) {
                    pointRows.add(
                            unit, districtPath, "TIMELY_CLAIM_BONUS", 5, on, projects.get(n), o.staffId(), acceptedAt);
                    points++;
                }
                if (pointRows.size() >= CHUNK) {
                    pointRows.flush(false);
                }
            }
        }
        milestoneRows.flush(false);
        pointRows.flush(false);
        return new Result(
                reports,
                units.size(),
                agreements,
                posts.size(),
                claims,
                wishes.size(),
                projects.size(),
                milestones,
                points,
                (System.nanoTime() - started) / 1_000_000);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private Instant between(Instant from, Instant to) {
        long span = Math.max(1, to.getEpochSecond() - from.getEpochSecond());
        return from.plusSeconds((long) (random.nextDouble() * span));
    }

    private void wishClaim(
            MultiRowInsert rows,
            long wish,
            List<long[]> volunteers,
            List<Long> units,
            long staffId,
            String status,
            Instant at) {
        boolean unit = random.nextInt(5) == 0;
        rows.add(
                wish,
                unit ? "UNIT" : "PARTY_MEMBER",
                unit ? null : volunteers.get(random.nextInt(volunteers.size()))[0],
                unit ? units.get(random.nextInt(units.size())) : null,
                unit ? "共建单位" : "党员",
                staffId,
                status,
                at,
                status.equals("CANCELLED") ? at.plusSeconds(3600) : null,
                status.equals("CANCELLED") ? "临时有事" : null,
                0);
    }

    /** Records the reports just written that are active now: the members who claim posts. */
    private static void live(List<Long> ids, List<long[]> pending, Map<Long, List<Live>> byCommunity) {
        for (int i = 0; i < ids.size(); i++) {
            long[] p = pending.get(i);
            if (p[2] == 1) {
                byCommunity.computeIfAbsent(p[1], x -> new ArrayList<>()).add(new Live(ids.get(i), p[0]));
            }
        }
        pending.clear();
    }

    private List<Area> areas(String level, String under) throws SQLException {
        List<Area> out = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT id, path, parent_id FROM area WHERE level = ? AND path LIKE ? ORDER BY id")) {
            s.setString(1, level);
            s.setString(2, under + "%");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    out.add(new Area(id, rs.getString(2), level.equals("COMMUNITY") ? id : rs.getLong(3)));
                }
            }
        }
        return out;
    }

    private List<long[]> volunteers(String under) throws SQLException {
        List<long[]> out = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT id, community_id FROM volunteer WHERE area_path LIKE ? ORDER BY id")) {
            s.setString(1, under + "%");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new long[] {rs.getLong(1), rs.getLong(2)});
                }
            }
        }
        return out;
    }

    /** About {@code wanted} households spread over the district (every n-th by id). */
    private List<long[]> households(String under, int wanted) throws SQLException {
        List<long[]> all = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT h.id, h.grid_id FROM household h JOIN area g ON g.id = h.grid_id WHERE g.path LIKE ? ORDER BY h.id")) {
            s.setString(1, under + "%");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    all.add(new long[] {rs.getLong(1), rs.getLong(2)});
                }
            }
        }
        if (all.size() <= wanted) {
            return all;
        }
        List<long[]> out = new ArrayList<>();
        int step = all.size() / wanted;
        for (int i = 0; i < all.size() && out.size() < wanted; i += step) {
            out.add(all.get(i));
        }
        return out;
    }

    private String one(String sql, long id) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
