package com.gridwork.dev.generate;

import com.gridwork.common.crypto.PersonalDataCipher;
import com.gridwork.common.crypto.SealedValue;
import com.gridwork.common.persistence.MultiRowInsert;
import com.gridwork.common.text.NameParts;
import com.gridwork.common.text.NamePinyin;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Fills a district with volunteer service through batched multi-row inserts (the `make bench` district): volunteers
 * registered with its communities (personal data sealed as the app seals it), teams with dated memberships, activities
 * with a session and a post, and the hours ledger with what a real one holds: mostly confirmed entries of the
 * activities' sessions (staff back-fills: the bench generates no sign-ups), self-reports without an activity, entries
 * still submitted or rejected, and corrections (a confirmed reversal and a new entry). Each volunteer's running total
 * of confirmed minutes is written as the ledger keeps it. Activities and entries spread over {@code days} days up to
 * {@code today}; activities after today are published, not held.
 */
public final class VolunteerGenerator {
    private static final int CHUNK = 1000;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String[] SKILLS = {
        "MEDICAL", "LEGAL", "PSYCHOLOGY", "TEACHING", "ELDER_CARE", "REPAIR", "PATROL", "ARTS", "FIRST_AID", "IT"
    };
    private static final String[] TEAM_TYPES = {
        "CULTURE", "LEGAL", "SAFETY", "LIVELIHOOD", "MEDIATION", "PATROL", "MEDICAL", "MASS_PREVENTION", "PARTY_MEMBERS"
    };
    private static final String[] CATEGORIES = {
        "ELDER_VISIT", "ENVIRONMENT", "PATROL", "CIVILITY", "EPIDEMIC", "LEGAL_AID", "HEALTH", "CULTURE", "CHILDREN"
    };
    private static final String[] TITLES = {"关爱独居老人上门探访", "小区环境卫生整治", "夜间治安巡逻", "文明交通劝导", "社区健康义诊", "法律咨询进社区"};

    public record Result(int volunteers, int teams, int activities, int entries, long millis) {}

    private record Community(long id, String path) {}

    private record Held(long id, long sessionId, long teamId, int community, String category, LocalDate day) {}

    private final Connection connection;
    private final PersonalDataCipher cipher;
    private final Random random;

    public VolunteerGenerator(Connection connection, PersonalDataCipher cipher, long seed) {
        this.connection = connection;
        this.cipher = cipher;
        this.random = new Random(seed);
    }

    /**
     * Generates the given numbers of volunteers, teams (a twentieth of them the sub-district's own), activities and
     * ledger entries in the communities with these ids (of one sub-district with this path).
     */
    public Result generate(
            String subDistrictPath,
            List<Long> communityIds,
            int volunteers,
            int teams,
            int activities,
            int entries,
            LocalDate today,
            int days)
            throws SQLException {
        long started = System.nanoTime();
        long subDistrictId = Long.parseLong(subDistrictPath.split("/")[1]);
        List<Community> communities = communities(communityIds);
        Instant now = Instant.now();

        // ---- volunteers: per community a consecutive block of ids
        List<List<Long>> volunteersOf = new ArrayList<>();
        communities.forEach(c -> volunteersOf.add(new ArrayList<>()));
        MultiRowInsert rows = new MultiRowInsert(
                connection,
                "volunteer",
                "community_id",
                "area_path",
                "name",
                "name_initials",
                "name_pinyin",
                "gender",
                "birth_date",
                "id_card_enc",
                "id_card_hash",
                "id_card_masked",
                "phone_enc",
                "phone_hash",
                "phone_masked",
                "status",
                "status_reason",
                "registered_on",
                "confirmed_minutes",
                "version",
                "created_at",
                "updated_at");
        MultiRowInsert parts = new MultiRowInsert(connection, "volunteer_name_part", "volunteer_id", "part");
        MultiRowInsert skills = new MultiRowInsert(connection, "volunteer_skill", "volunteer_id", "code");
        Set<String> idNumbers = new HashSet<>();
        List<String> names = new ArrayList<>();
        List<Integer> pendingCommunity = new ArrayList<>();
        for (int n = 0; n < volunteers; n++) {
            int community = n % communities.size();
            Community c = communities.get(community);
            boolean male = random.nextBoolean();
            String name = FakePeople.surname(random) + FakePeople.givenName(random, male);
            LocalDate birth = FakePeople.birthDate(random, today, 18, 75);
            String idNumber;
            do {
                idNumber = FakePeople.idNumber(
                        random,
                        FakePeople.LOCAL_DIVISIONS[random.nextInt(FakePeople.LOCAL_DIVISIONS.length)],
                        birth,
                        male);
            } while (!idNumbers.add(idNumber));
            SealedValue id = cipher.sealIdCard(idNumber);
            SealedValue phone = cipher.sealPhone(FakePeople.mobile(random));
            int state = random.nextInt(100);
            NamePinyin pinyin = NamePinyin.of(name);
            rows.add(
                    c.id(),
                    c.path(),
                    name,
                    pinyin.initials(),
                    pinyin.full(),
                    male ? "M" : "F",
                    birth,
                    id.encrypted(),
                    id.hash(),
                    id.masked(),
                    phone.encrypted(),
                    phone.hash(),
                    phone.masked(),
                    state < 95 ? "ACTIVE" : state < 98 ? "SUSPENDED" : "LEFT",
                    state < 95 ? null : "本人申请",
                    today.minusDays(random.nextInt(days + 365)),
                    0L,
                    0L,
                    now,
                    now);
            names.add(name);
            pendingCommunity.add(community);
            if (rows.size() == CHUNK || n == volunteers - 1) {
                List<Long> ids = rows.flush(true);
                for (int i = 0; i < ids.size(); i++) {
                    long vid = ids.get(i);
                    volunteersOf.get(pendingCommunity.get(i)).add(vid);
                    for (String part : NameParts.of(names.get(i))) {
                        parts.add(vid, part);
                    }
                    skills.add(vid, SKILLS[random.nextInt(SKILLS.length)]);
                }
                parts.flush(false);
                skills.flush(false);
                names.clear();
                pendingCommunity.clear();
            }
        }

        // ---- teams: a twentieth the sub-district's own; each with a leader and members of its community
        List<long[]> teamRows = new ArrayList<>(); // id, community index (-1: the sub-district's)
        MultiRowInsert teamInsert = new MultiRowInsert(
                connection,
                "volunteer_team",
                "area_id",
                "area_path",
                "name",
                "type_code",
                "founded_on",
                "status",
                "dissolved_on",
                "dissolved_reason",
                "version",
                "created_at",
                "updated_at");
        List<Integer> teamCommunity = new ArrayList<>();
        for (int n = 0; n < teams; n++) {
            boolean own = n % 20 == 19;
            int community = n % communities.size();
            boolean dissolved = random.nextInt(100) < 8;
            LocalDate founded = today.minusDays(30 + random.nextInt(days + 700));
            String type = TEAM_TYPES[random.nextInt(TEAM_TYPES.length)];
            teamInsert.add(
                    own ? subDistrictId : communities.get(community).id(),
                    own ? subDistrictPath : communities.get(community).path(),
                    (own ? "街道" : "社区") + "志愿服务队" + (n + 1),
                    type,
                    founded,
                    dissolved ? "DISSOLVED" : "ACTIVE",
                    dissolved
                            ? founded.plusDays(
                                    1 + random.nextInt(Math.max(1, (int) (today.toEpochDay() - founded.toEpochDay()))))
                            : null,
                    dissolved ? "队伍合并" : null,
                    0L,
                    now,
                    now);
            teamCommunity.add(community);
            if (teamInsert.size() == CHUNK || n == teams - 1) {
                List<Long> ids = teamInsert.flush(true);
                for (int i = 0; i < ids.size(); i++) {
                    teamRows.add(new long[] {ids.get(i), teamCommunity.get(i)});
                }
                teamCommunity.clear();
            }
        }
        MultiRowInsert members = new MultiRowInsert(
                connection,
                "volunteer_team_member",
                "team_id",
                "volunteer_id",
                "role",
                "joined_on",
                "version",
                "created_at",
                "updated_at");
        for (long[] team : teamRows) {
            List<Long> pool = volunteersOf.get((int) team[1]);
            int size = 10 + random.nextInt(30);
            int first = random.nextInt(pool.size());
            for (int m = 0; m < size && m < pool.size(); m++) {
                members.add(
                        team[0],
                        pool.get((first + m * 7) % pool.size()),
                        m == 0 ? "LEADER" : m == 1 ? "DEPUTY" : "MEMBER",
                        today.minusDays(random.nextInt(days)),
                        0L,
                        now,
                        now);
            }
            if (members.size() >= CHUNK) {
                members.flush(false);
            }
        }
        members.flush(false);

        // ---- activities with one session and one post; the past ones are held (a few cancelled)
        List<Held> held = new ArrayList<>();
        MultiRowInsert activityInsert = new MultiRowInsert(
                connection,
                "volunteer_activity",
                "team_id",
                "community_id",
                "area_path",
                "title",
                "category_code",
                "place",
                "signup_mode",
                "status",
                "cancel_reason",
                "starts_at",
                "ends_at",
                "published_at",
                "cancelled_at",
                "closed_at",
                "created_by",
                "version",
                "created_at",
                "updated_at");
        List<Object[]> pending = new ArrayList<>(); // team id, community index, category, start, end, status
        for (int n = 0; n < activities; n++) {
            long[] team = teamRows.get(random.nextInt(teamRows.size()));
            int community = team[1] >= 0 ? (int) team[1] : random.nextInt(communities.size());
            Community c = communities.get(community);
            String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
            // a twentieth in the coming month, the rest over the period
            LocalDate day =
                    n % 20 == 0 ? today.plusDays(1 + random.nextInt(30)) : today.minusDays(random.nextInt(days));
            Instant start = day.atTime(8 + random.nextInt(10), 0).atZone(ZONE).toInstant();
            Instant end = start.plusSeconds(3600L * (1 + random.nextInt(4)));
            int fate = random.nextInt(100);
            String status = day.isAfter(today) ? "PUBLISHED" : fate < 3 ? "CANCELLED" : fate < 80 ? "CLOSED" : "ENDED";
            activityInsert.add(
                    team[0],
                    c.id(),
                    c.path(),
                    TITLES[random.nextInt(TITLES.length)],
                    category,
                    "社区服务中心",
                    "FIRST_COME",
                    status,
                    status.equals("CANCELLED") ? "天气原因" : null,
                    start,
                    end,
                    start.minusSeconds(7 * 86400),
                    status.equals("CANCELLED") ? start.minusSeconds(86400) : null,
                    status.equals("CLOSED") ? end.plusSeconds(3 * 86400) : null,
                    "bench",
                    0L,
                    now,
                    now);
            pending.add(new Object[] {team[0], community, category, start, end, status, day});
            if (activityInsert.size() == CHUNK || n == activities - 1) {
                List<Long> ids = activityInsert.flush(true);
                MultiRowInsert sessions = new MultiRowInsert(
                        connection,
                        "volunteer_session",
                        "activity_id",
                        "starts_at",
                        "ends_at",
                        "checkin_secret",
                        "version",
                        "created_at",
                        "updated_at");
                for (int i = 0; i < ids.size(); i++) {
                    Object[] a = pending.get(i);
                    sessions.add(ids.get(i), a[3], a[4], secret(), 0L, now, now);
                }
                List<Long> sessionIds = sessions.flush(true);
                MultiRowInsert posts = new MultiRowInsert(
                        connection,
                        "volunteer_post",
                        "session_id",
                        "name",
                        "capacity",
                        "version",
                        "created_at",
                        "updated_at");
                for (int i = 0; i < ids.size(); i++) {
                    Object[] a = pending.get(i);
                    posts.add(sessionIds.get(i), "志愿者", 40, 0L, now, now);
                    String state = (String) a[5];
                    if (!state.equals("CANCELLED") && !state.equals("PUBLISHED")) {
                        held.add(new Held(
                                ids.get(i), sessionIds.get(i), (long) a[0], (int) a[1], (String) a[2], (LocalDate)
                                        a[6]));
                    }
                }
                posts.flush(false);
                pending.clear();
            }
        }

        // ---- the ledger
        Map<Long, Long> confirmedMinutes = new HashMap<>();
        MultiRowInsert ledger = ledgerInsert();
        List<Object[]> corrections = new ArrayList<>(); // rows to reverse once their ids are known
        int written = 0;
        int perActivity = Math.max(1, entries / Math.max(1, held.size()));
        int h = 0;
        while (written < entries) {
            Held a = held.get(h++ % held.size());
            List<Long> pool = volunteersOf.get(a.community());
            int count = Math.min(perActivity + random.nextInt(3) - 1, pool.size());
            int first = random.nextInt(pool.size());
            for (int k = 0; k < count && written < entries; k++) {
                long volunteer = pool.get((first + k * 13) % pool.size());
                int minutes = 30 * (2 + random.nextInt(7));
                int fate = random.nextInt(1000);
                boolean selfReport = fate < 80;
                String status = fate < 930 ? "CONFIRMED" : fate < 980 ? "SUBMITTED" : "REJECTED";
                Object[] row = entry(
                        volunteer,
                        selfReport ? "SELF_REPORT" : "BACKFILL",
                        status,
                        a.day(),
                        minutes,
                        selfReport ? null : a,
                        communities.get(a.community()),
                        null,
                        status.equals("REJECTED") ? "证明材料不足" : null,
                        now);
                ledger.add(row);
                written++;
                if (status.equals("CONFIRMED")) {
                    confirmedMinutes.merge(volunteer, (long) minutes, Long::sum);
                    // one in a hundred is corrected: a reversal and a new entry of the right length
                    if (random.nextInt(100) == 0 && written + 2 <= entries) {
                        corrections.add(new Object[] {ledger.size() - 1, row});
                        written += 2;
                    }
                }
            }
            if (ledger.size() >= CHUNK || written >= entries) {
                List<Long> ids = ledger.flush(!corrections.isEmpty());
                for (Object[] correction : corrections) {
                    Object[] original = (Object[]) correction[1];
                    long volunteer = (long) original[0];
                    int minutes = (int) original[4];
                    int right = Math.max(30, minutes - 30);
                    Object[] reversal = original.clone();
                    reversal[1] = "REVERSAL";
                    reversal[4] = -minutes;
                    reversal[REVERSES] = ids.get((int) correction[0]);
                    Object[] corrected = original.clone();
                    corrected[4] = right;
                    ledger.add(reversal);
                    ledger.add(corrected);
                    confirmedMinutes.merge(volunteer, (long) (right - minutes), Long::sum);
                }
                corrections.clear();
                ledger.flush(false);
            }
        }
        for (int from = 0; from < confirmedMinutes.size(); from += CHUNK) {
            Map<Long, Long> chunk = new HashMap<>();
            confirmedMinutes.entrySet().stream()
                    .skip(from)
                    .limit(CHUNK)
                    .forEach(e -> chunk.put(e.getKey(), e.getValue()));
            MultiRowInsert.setById(connection, "volunteer", "confirmed_minutes", chunk);
        }
        return new Result(volunteers, teams, activities, written, (System.nanoTime() - started) / 1_000_000);
    }

    /** The reverses_id column's place in a ledger row. */
    private static final int REVERSES = 11;

    /** The ledger's columns, in the order of {@link #entry}. */
    private MultiRowInsert ledgerInsert() {
        return new MultiRowInsert(
                connection,
                "volunteer_hours_entry",
                "volunteer_id",
                "source",
                "status",
                "service_date",
                "minutes",
                "activity_id",
                "session_id",
                "team_id",
                "category_code",
                "community_id",
                "area_path",
                "reverses_id",
                "submitted_by",
                "submitted_at",
                "decided_by",
                "decided_at",
                "reject_reason",
                "version");
    }

    private Object[] entry(
            long volunteer,
            String source,
            String status,
            LocalDate day,
            int minutes,
            Held activity,
            Community community,
            Long reverses,
            String rejectReason,
            Instant now) {
        Instant submitted = day.atTime(20, 0).atZone(ZONE).toInstant();
        return new Object[] {
            volunteer,
            source,
            status,
            day,
            minutes,
            activity == null ? null : activity.id(),
            activity == null ? null : activity.sessionId(),
            activity == null ? null : activity.teamId(),
            activity == null ? null : activity.category(),
            community.id(),
            community.path(),
            reverses,
            "bench",
            submitted.isAfter(now) ? now : submitted,
            status.equals("SUBMITTED") ? null : "bench",
            status.equals("SUBMITTED")
                    ? null
                    : submitted.plusSeconds(86400).isAfter(now) ? now : submitted.plusSeconds(86400),
            rejectReason,
            0L
        };
    }

    private String secret() {
        StringBuilder b = new StringBuilder(64);
        for (int i = 0; i < 64; i++) {
            b.append(Character.forDigit(random.nextInt(16), 16));
        }
        return b.toString();
    }

    private List<Community> communities(List<Long> ids) throws SQLException {
        List<Community> out = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT id, path FROM area WHERE id = ?")) {
            for (long id : ids) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    out.add(new Community(rs.getLong(1), rs.getString(2)));
                }
            }
        }
        return out;
    }
}
