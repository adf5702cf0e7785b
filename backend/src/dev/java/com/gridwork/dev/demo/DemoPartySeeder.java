package com.gridwork.dev.demo;

import com.gridwork.common.crypto.PersonalDataCipher;
import com.gridwork.common.crypto.SealedValue;
import com.gridwork.common.time.BeijingTime;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Demo party members and co-building for `make run` (issue 16): four co-building units (the demo login {@code liaison}
 * 陈静 acts for 城关供电公司), their agreements with the demo communities, in-service party members' reports (the login
 * {@code volunteer} 刘芳 is an ACTIVE member of 幸福里社区, with last year's expired report before it), posts with their
 * claims, service logs (one verified, with its confirmed POST_SERVICE entry in the hours ledger), micro-wishes in every
 * state, and the three lists: needs, resources and projects in several states with milestones (one overdue) and the
 * points an accepted project earned. Plain JDBC (the parts' entities are their own); every invariant the schema's
 * comments state holds: a post's claim_count is its live claims, one live claim per wish, a need IN_PROJECT has a live
 * project and a MET one an accepted project, an accepted project's points are in the ledger. Runs once, after the
 * demo volunteers, visits and issues, into a database without units.
 */
@ApplicationScoped
public class DemoPartySeeder {
    private static final Logger LOG = Logger.getLogger(DemoPartySeeder.class);

    @ConfigProperty(name = "gridwork.demo-data.enabled")
    boolean enabled;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PersonalDataCipher cipher;

    private Connection c;
    private final Instant now = Instant.now();
    private LocalDate today;
    private int year;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 3500) StartupEvent event) throws Exception {
        if (!enabled) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            c = connection;
            c.setAutoCommit(false);
            Long district = scalar("SELECT MIN(id) FROM area WHERE level = 'SUB_DISTRICT'");
            Long xfl = scalar("SELECT id FROM area WHERE code = 'XFL'");
            if (district == null
                    || xfl == null
                    || scalar("SELECT COUNT(*) FROM volunteer") == 0
                    || scalar("SELECT COUNT(*) FROM cobuild_unit") > 0) {
                return;
            }
            today = BeijingTime.today();
            year = today.getYear();
            String summary = seed(district, xfl);
            c.commit();
            LOG.info("Demo party members and co-building seeded: " + summary);
        } finally {
            c = null;
        }
    }

    private record Member(long volunteerId, long reportId) {}

    private String seed(long district, long xfl) throws SQLException {
        long hpl = scalar("SELECT id FROM area WHERE code = 'HPL'");
        long gmy = scalar("SELECT id FROM area WHERE code = 'GMY'");
        long admin = staff("admin");
        long community = staff("community");
        long worker = staff("gridworker");
        Long liaison = scalar("SELECT id FROM staff WHERE username = 'liaison'");
        Long volunteerLogin = scalar("SELECT id FROM staff WHERE username = 'volunteer'");

        // ---- units and the liaison login
        long power = unit(district, "城关供电公司", "STATE_ENTERPRISE", "城关供电公司党委", 48, "陈静", "13800000005");
        long hospital = unit(district, "城关区人民医院", "PUBLIC_INSTITUTION", "城关区人民医院党委", 120, "周敏", "13911112222");
        long tax = unit(district, "区税务局城关分局", "GOVERNMENT_ORGAN", "区税务局城关分局党支部", 36, "吴强", "13922223333");
        long property = unit(district, "绿源物业服务有限公司", "PRIVATE_ENTERPRISE", "绿源物业党支部", 12, "郑磊", "13933334444");
        if (liaison != null) {
            insert("cobuild_unit_liaison", "staff_id", liaison, "unit_id", power, "created_at", now);
        }

        // ---- agreements: three in force, one proposed, one that ran out last year
        LocalDate jan1 = LocalDate.of(year, 1, 1);
        agreement(power, xfl, jan1, LocalDate.of(year + 1, 12, 31), "ACTIVE", jan1.minusDays(20), admin);
        agreement(hospital, xfl, jan1, LocalDate.of(year, 12, 31), "ACTIVE", jan1.minusDays(10), admin);
        agreement(tax, hpl, jan1, LocalDate.of(year + 1, 12, 31), "ACTIVE", jan1.minusDays(5), admin);
        agreement(property, gmy, today.plusDays(30), today.plusDays(30).plusYears(1), "PROPOSED", null, admin);
        agreement(power, hpl, LocalDate.of(year - 1, 1, 1), LocalDate.of(year - 1, 12, 31), "EXPIRED", null, admin);

        // ---- party members' reports (the demo volunteers of 幸福里社区 first, the login volunteer among them)
        List<long[]> xflVolunteers = longs(
                "SELECT id, COALESCE(staff_id, 0) FROM volunteer WHERE community_id = ?"
                        + " ORDER BY (staff_id = ?) DESC, id",
                xfl,
                volunteerLogin == null ? 0 : volunteerLogin);
        List<long[]> hplVolunteers = longs("SELECT id, 0 FROM volunteer WHERE community_id = ? ORDER BY id", hpl);
        if (xflVolunteers.size() < 5) {
            return "skipped (too few volunteers in 幸福里社区)";
        }
        long v0 = xflVolunteers.get(0)[0];
        long lastYear = report(v0, xfl, year - 1, "城关供电公司", "STATE_ENTERPRISE", power, "EXPIRED", null, community);
        Member liu = new Member(
                v0, report(v0, xfl, year, "城关供电公司", "STATE_ENTERPRISE", power, "ACTIVE", lastYear, community));
        long v1 = xflVolunteers.get(1)[0];
        Member chen = new Member(
                v1, report(v1, xfl, year, "城关区人民医院", "PUBLIC_INSTITUTION", hospital, "ACTIVE", null, community));
        long v2 = xflVolunteers.get(2)[0];
        Member zhang =
                new Member(v2, report(v2, xfl, year, "区税务局城关分局", "GOVERNMENT_ORGAN", tax, "ACTIVE", null, community));
        report(xflVolunteers.get(3)[0], xfl, year, "城关供电公司", "STATE_ENTERPRISE", power, "SUBMITTED", null, community);
        report(xflVolunteers.get(4)[0], xfl, year, "城关第一中学", "PUBLIC_INSTITUTION", null, "REJECTED", null, community);
        // last year's form was rated: the feedback page (反馈单) has a rated member for last year
        insert(
                "party_feedback",
                "report_id",
                lastYear,
                "rating",
                "EXCELLENT",
                "comment",
                "积极参加楼栋守护和政策宣传，群众评价好。",
                "rated_by_id",
                community,
                "rated_at",
                LocalDate.of(year - 1, 12, 28).atTime(10, 0).toInstant(ZoneOffset.ofHours(8)),
                "version",
                0);
        int reports = 6;
        if (!hplVolunteers.isEmpty()) {
            report(hplVolunteers.get(0)[0], hpl, year, "区税务局城关分局", "GOVERNMENT_ORGAN", tax, "ACTIVE", null, admin);
            reports++;
        }

        // ---- posts and claims: claim_count is the live claims
        long grid1 = scalar("SELECT id FROM area WHERE code = 'XFL-G1'");
        long policy = post(xfl, xfl, "POLICY_OUTREACH", "惠民政策进楼栋宣讲", 5, community);
        long watch = post(xfl, xfl, "BUILDING_WATCH", "楼栋守护员", 3, community);
        long mediation = post(xfl, xfl, "MEDIATION", "邻里纠纷调解员", 2, community);
        post(grid1, xfl, "SANITATION", "第一网格环境卫生监督", 4, community);
        claim(policy, liu, "ACTIVE", null);
        long liuWatch = claim(watch, liu, "ACTIVE", null);
        claim(watch, chen, "ACTIVE", null);
        claim(mediation, chen, "RELEASED", "工作调动，时间冲突");
        long zhangMediation = claim(mediation, zhang, "ACTIVE", null);
        for (long post : List.of(policy, watch, mediation)) {
            update(
                    "UPDATE party_post SET claim_count = (SELECT COUNT(*) FROM party_post_claim WHERE post_id = ?"
                            + " AND status = 'ACTIVE') WHERE id = ?",
                    post,
                    post);
        }

        // ---- service logs: one verified (its confirmed ledger entry), one waiting, one rejected
        String xflPath = string("SELECT path FROM area WHERE id = ?", xfl);
        LocalDate served = today.minusDays(6);
        long entry = insert(
                "volunteer_hours_entry",
                "volunteer_id",
                liu.volunteerId(),
                "source",
                "POST_SERVICE",
                "status",
                "CONFIRMED",
                "service_date",
                served,
                "minutes",
                120,
                "community_id",
                xfl,
                "area_path",
                xflPath,
                "description",
                "楼栋守护员：巡查楼道消防通道，清理堆放杂物",
                "submitted_by",
                "volunteer",
                "submitted_at",
                now.minusSeconds(5 * 86400),
                "decided_by",
                "gridworker",
                "decided_at",
                now.minusSeconds(4 * 86400),
                "version",
                0);
        serviceLog(liuWatch, watch, liu, served, 120, "巡查楼道消防通道，清理堆放杂物", "VERIFIED", worker, null, entry);
        serviceLog(liuWatch, watch, liu, today.minusDays(1), 90, "夜间楼栋巡查", "SUBMITTED", null, null, null);
        serviceLog(
                zhangMediation,
                mediation,
                zhang,
                today.minusDays(3),
                60,
                "调解邻里噪音纠纷",
                "REJECTED",
                community,
                "当天未到岗，请核实日期后重新提交",
                null);

        // ---- micro-wishes of households of 幸福里社区 in every state
        List<long[]> households = longs(
                "SELECT h.id, h.grid_id FROM household h JOIN area g ON g.id = h.grid_id"
                        + " WHERE g.parent_id = ? AND h.status = 'ACTIVE' ORDER BY h.id LIMIT 7",
                xfl);
        int wishes = 0;
        if (households.size() == 7) {
            wishes = wishes(households, xfl, xflPath, liu, chen, zhang, power, liaison, community, worker);
        }

        // ---- the three lists: needs, resources, projects with milestones and points
        String districtPath = string("SELECT path FROM area WHERE id = ?", district);
        int projects =
                lists(xfl, hpl, xflPath, districtPath, power, hospital, tax, property, admin, community, liaison);
        return "4 units (the login liaison's: 城关供电公司), 5 agreements, " + reports + " member reports, 4 posts with 5"
                + " claims, 3 service logs (one verified into the hours ledger), " + wishes + " micro-wishes, "
                + projects + " projects";
    }

    private int wishes(
            List<long[]> households,
            long xfl,
            String xflPath,
            Member liu,
            Member chen,
            Member zhang,
            long unit,
            Long liaison,
            long community,
            long worker)
            throws SQLException {
        long published = wish(households.get(0), xfl, "STUDY", "给留守儿童一个新书包", "PUBLISHED", null, null, community);
        long claimed = wish(households.get(1), xfl, "COMPANY", "每周陪独居老人聊聊天", "CLAIMED", null, null, community);
        wishClaim(claimed, "PARTY_MEMBER", liu.volunteerId(), null, "ACTIVE", community);
        long fulfilled = wish(households.get(2), xfl, "DAILY_GOODS", "一台小电暖器", "FULFILLED", null, null, community);
        wishClaim(fulfilled, "PARTY_MEMBER", chen.volunteerId(), null, "FULFILLED", community);
        LocalDate realisedOn = today.minusDays(10);
        long realised = wish(households.get(3), xfl, "REPAIR", "修好漏水的厨房水龙头", "REALISED", realisedOn, worker, community);
        wishClaim(realised, "PARTY_MEMBER", liu.volunteerId(), null, "REALISED", community);
        long byUnit =
                wish(households.get(4), xfl, "HEALTH", "上门测血压", "REALISED", today.minusDays(20), worker, community);
        wishClaim(byUnit, "UNIT", null, unit, "REALISED", liaison == null ? community : liaison);
        long reopened = wish(households.get(5), xfl, "STUDY", "一套初中数学辅导书", "PUBLISHED", null, null, community);
        wishClaim(reopened, "PARTY_MEMBER", zhang.volunteerId(), null, "CANCELLED", community);
        long takenDown = wish(households.get(6), xfl, "OTHER", "帮忙搬家", "TAKEN_DOWN", null, null, community);
        update("UPDATE micro_wish SET taken_down_reason = '住户已自行解决' WHERE id = ?", takenDown);
        return 7;
    }

    private int lists(
            long xfl,
            long hpl,
            String xflPath,
            String districtPath,
            long power,
            long hospital,
            long tax,
            long property,
            long admin,
            long community,
            Long liaison)
            throws SQLException {
        long meals = need(xfl, "ELDERLY_CARE", "老年助餐点需要送餐志愿者", "RESIDENT_SURVEY", null, "OPEN", null, community);
        long corridors = need(xfl, "ENVIRONMENT", "老旧楼道杂物堆放、消防通道不畅", "GRID_VISIT", null, "IN_PROJECT", null, community);
        long clinic = need(xfl, "HEALTH", "独居老人缺少就近体检", "PARTY_MEMBER", null, "MET", null, community);
        need(xfl, "CULTURE", "小区广场舞场地噪音", "OTHER", null, "CLOSED", "已由物业调整活动时间解决", community);
        Long issue = scalar("SELECT MIN(id) FROM issue WHERE community_id = ? AND talk_day_id IS NOT NULL", xfl);
        long fromIssue = need(
                xfl,
                "FACILITIES",
                "居民说事日反映：小区路灯损坏",
                issue == null ? "OTHER" : "TALK_DAY_ISSUE",
                issue,
                "OPEN",
                null,
                community);

        long checks = resource(power, districtPath, "SAFETY", "居民用电安全上门检查", "每季度1次", "AVAILABLE", admin);
        long doctors = resource(hospital, districtPath, "HEALTH", "社区义诊与健康讲座", "每月2次", "AVAILABLE", admin);
        resource(tax, districtPath, "EMPLOYMENT", "个税与创业扶持政策宣讲", "每半年1次", "AVAILABLE", admin);
        resource(property, districtPath, "ENVIRONMENT", "保洁人员支援", "每月4人次", "WITHDRAWN", admin);

        Instant approved = now.minusSeconds(40L * 86400);
        long draft = project(xfl, xflPath, "ELDERLY_CARE", "幸福里老年助餐送餐服务", "DRAFT", null, null, false, community, null);
        link(draft, meals, null);
        long open =
                project(xfl, xflPath, "FACILITIES", "小区路灯修复", "OPEN_PAIRED", null, approved, false, community, null);
        update("UPDATE cobuild_project SET claim_deadline = ? WHERE id = ?", today.plusDays(5), open);
        link(open, fromIssue, null);
        long running = project(
                xfl, xflPath, "ENVIRONMENT", "楼道清障与消防安全整治", "IN_PROGRESS", power, approved, true, community, null);
        link(running, corridors, checks);
        milestone(running, "完成全部楼栋隐患排查", today.minusDays(20), today.minusDays(22), liaison);
        milestone(running, "清理第一、二网格楼道杂物", today.minusDays(3), null, null);
        milestone(running, "开展消防安全演练", today.plusDays(14), null, null);
        LocalDate acceptedOn = today.minusDays(15);
        long accepted = project(
                xfl, xflPath, "HEALTH", "独居老人健康体检进社区", "ACCEPTED", hospital, approved, true, community, acceptedOn);
        link(accepted, clinic, doctors);
        milestone(accepted, "完成60名独居老人体检", acceptedOn.minusDays(10), acceptedOn.minusDays(12), null);
        points(hospital, districtPath, "PROJECT_COMPLETED", 10, acceptedOn, accepted, null, admin);
        points(hospital, districtPath, "TIMELY_CLAIM_BONUS", 5, acceptedOn, accepted, null, admin);
        long rejected = project(xfl, xflPath, "CULTURE", "广场舞比赛", "REJECTED", null, null, false, community, null);
        update("UPDATE cobuild_project SET status_reason = '与社区已有活动重复' WHERE id = ?", rejected);
        String hplPath = string("SELECT path FROM area WHERE id = ?", hpl);
        long hall = project(hpl, hplPath, "YOUTH", "和平路社区四点半课堂", "OPEN_ALL", null, approved, false, admin, null);
        update(
                "UPDATE cobuild_project SET claim_deadline = ?, opened_to_all_at = ? WHERE id = ?",
                today.minusDays(25),
                now.minusSeconds(24L * 86400),
                hall);
        points(tax, districtPath, "ADJUSTMENT", 3, today.minusDays(7), null, "协助社区开展税收政策宣讲，经街道核定加分", admin);
        return 6;
    }

    // ---- one row of each kind

    private long unit(long district, String name, String type, String org, int members, String contact, String phone)
            throws SQLException {
        SealedValue sealed = cipher.sealPhone(phone);
        return insert(
                "cobuild_unit",
                "sub_district_id",
                district,
                "area_path",
                string("SELECT path FROM area WHERE id = ?", district),
                "name",
                name,
                "unit_type",
                type,
                "party_org_name",
                org,
                "party_member_total",
                members,
                "contact_name",
                contact,
                "contact_phone_enc",
                sealed.encrypted(),
                "contact_phone_hash",
                sealed.hash(),
                "contact_phone_masked",
                sealed.masked(),
                "address",
                "城关街道" + name.substring(0, 2) + "路88号",
                "status",
                "ACTIVE",
                "version",
                0,
                "created_at",
                now,
                "updated_at",
                now);
    }

    private void agreement(
            long unit, long community, LocalDate from, LocalDate to, String status, LocalDate signedOn, long by)
            throws SQLException {
        insert(
                "cobuild_agreement",
                "unit_id",
                unit,
                "community_id",
                community,
                "area_path",
                string("SELECT path FROM area WHERE id = ?", community),
                "term_from",
                from,
                "term_to",
                to,
                "signed_on",
                status.equals("PROPOSED") ? null : signedOn != null ? signedOn : from.minusDays(15),
                "status",
                status,
                "ended_on",
                status.equals("EXPIRED") ? to : null,
                "content",
                "双方围绕社区治理、为民服务开展结对共建，定期会商，资源共享。",
                "created_by_id",
                by,
                "version",
                0,
                "created_at",
                now,
                "updated_at",
                now);
    }

    private long report(
            long volunteer,
            long community,
            int reportYear,
            String employer,
            String employerType,
            Long unit,
            String status,
            Long previous,
            long by)
            throws SQLException {
        boolean decided = !status.equals("SUBMITTED");
        return insert(
                "party_member_report",
                "report_year",
                reportYear,
                "volunteer_id",
                volunteer,
                "community_id",
                community,
                "area_path",
                string("SELECT path FROM area WHERE id = ?", community),
                "employer",
                employer,
                "employer_party_org",
                unit == null ? null : string("SELECT party_org_name FROM cobuild_unit WHERE id = ?", unit),
                "employer_type",
                employerType,
                "unit_id",
                unit,
                "skills",
                "政策宣传、矛盾调解",
                "status",
                status,
                "status_reason",
                status.equals("REJECTED") ? "所在单位党组织信息有误，请核对后重新报到" : null,
                "previous_id",
                previous,
                "submitted_by_id",
                by,
                "submitted_at",
                reportYear < year ? now.minusSeconds(400L * 86400) : now.minusSeconds(30L * 86400),
                "decided_by_id",
                decided ? by : null,
                "decided_at",
                decided ? now.minusSeconds(29L * 86400) : null,
                "ended_by_id",
                status.equals("EXPIRED") ? by : null,
                "ended_at",
                status.equals("EXPIRED")
                        ? LocalDate.of(reportYear, 12, 31).atStartOfDay().toInstant(ZoneOffset.ofHours(8))
                        : null,
                "version",
                0,
                "created_at",
                now,
                "updated_at",
                now);
    }

    private long post(long area, long community, String category, String title, int capacity, long by)
            throws SQLException {
        return insert(
                "party_post",
                "area_id",
                area,
                "community_id",
                community,
                "area_path",
                string("SELECT path FROM area WHERE id = ?", area),
                "category_code",
                category,
                "title",
                title,
                "requirements",
                "服从社区安排，每月至少服务2次",
                "capacity",
                capacity,
                "claim_count",
                0,
                "term_from",
                LocalDate.of(year, 1, 1),
                "term_to",
                LocalDate.of(year, 12, 31),
                "status",
                "OPEN",
                "created_by_id",
                by,
                "version",
                0,
                "created_at",
                now,
                "updated_at",
                now);
    }

    private long claim(long post, Member member, String status, String reason) throws SQLException {
        boolean live = status.equals("ACTIVE");
        return insert(
                "party_post_claim",
                "post_id",
                post,
                "report_id",
                member.reportId(),
                "volunteer_id",
                member.volunteerId(),
                "area_path",
                string("SELECT area_path FROM party_post WHERE id = ?", post),
                "status",
                status,
                "claimed_at",
                now.minusSeconds(20L * 86400),
                "ended_at",
                live ? null : now.minusSeconds(8L * 86400),
                "end_reason",
                reason,
                "version",
                0);
    }

    private void serviceLog(
            long claim,
            long post,
            Member member,
            LocalDate day,
            int minutes,
            String what,
            String status,
            Long decidedBy,
            String rejectReason,
            Long hoursEntry)
            throws SQLException {
        insert(
                "party_service_log",
                "claim_id",
                claim,
                "post_id",
                post,
                "volunteer_id",
                member.volunteerId(),
                "area_path",
                string("SELECT area_path FROM party_post WHERE id = ?", post),
                "service_date",
                day,
                "minutes",
                minutes,
                "description",
                what,
                "status",
                status,
                "decided_by_id",
                decidedBy,
                "decided_at",
                decidedBy == null ? null : now.minusSeconds(4L * 86400),
                "reject_reason",
                rejectReason,
                "hours_entry_id",
                hoursEntry,
                "created_at",
                now.minusSeconds(5L * 86400),
                "version",
                0);
    }

    private long wish(
            long[] household,
            long community,
            String category,
            String title,
            String status,
            LocalDate realisedOn,
            Long confirmedBy,
            long by)
            throws SQLException {
        String name = string(
                "SELECT COALESCE((SELECT r.name FROM resident r WHERE r.id = h.head_resident_id), '王小红')"
                        + " FROM household h WHERE h.id = ?",
                household[0]);
        return insert(
                "micro_wish",
                "household_id",
                household[0],
                "grid_id",
                household[1],
                "community_id",
                community,
                "area_path",
                string("SELECT area_path FROM household WHERE id = ?", household[0]),
                "category_code",
                category,
                "title",
                title,
                "description",
                "由网格员走访时了解，经社区核实后发布。",
                "beneficiary_name",
                name,
                "beneficiary_masked",
                masked(name),
                "status",
                status,
                "wish_deadline",
                today.plusDays(30),
                "published_at",
                now.minusSeconds(25L * 86400),
                "realised_on",
                realisedOn,
                "confirmed_by_id",
                confirmedBy,
                "created_by_id",
                by,
                "version",
                0,
                "created_at",
                now,
                "updated_at",
                now);
    }

    /** 张三 → 张*, 张小明 → 张*明, 欧阳小明 → 欧**明. */
    static String masked(String name) {
        int n = name.codePointCount(0, name.length());
        if (n <= 1) {
            return name;
        }
        String first = new String(Character.toChars(name.codePointAt(0)));
        if (n == 2) {
            return first + "*";
        }
        String last = new String(Character.toChars(name.codePointBefore(name.length())));
        return first + "*".repeat(n - 2) + last;
    }

    private void wishClaim(long wish, String kind, Long volunteer, Long unit, String status, long by)
            throws SQLException {
        String name = volunteer != null
                ? string("SELECT name FROM volunteer WHERE id = ?", volunteer)
                : string("SELECT name FROM cobuild_unit WHERE id = ?", unit);
        boolean done = status.equals("FULFILLED") || status.equals("REALISED");
        insert(
                "micro_wish_claim",
                "wish_id",
                wish,
                "claimant_kind",
                kind,
                "volunteer_id",
                volunteer,
                "unit_id",
                unit,
                "claimant_name",
                name,
                "claimed_by_id",
                by,
                "status",
                status,
                "claimed_at",
                now.minusSeconds(22L * 86400),
                "fulfilled_at",
                done ? now.minusSeconds(12L * 86400) : null,
                "fulfil_note",
                done ? "已送达并拍照留存" : null,
                "ended_at",
                status.equals("CANCELLED") ? now.minusSeconds(18L * 86400) : null,
                "cancel_reason",
                status.equals("CANCELLED") ? "临时出差，无法按时完成" : null,
                "version",
                0);
    }

    private long need(
            long community,
            String field,
            String title,
            String source,
            Long issue,
            String status,
            String closeReason,
            long by)
            throws SQLException {
        return insert(
                "cobuild_need",
                "community_id",
                community,
                "area_path",
                string("SELECT path FROM area WHERE id = ?", community),
                "field_code",
                field,
                "title",
                title,
                "source",
                source,
                "issue_id",
                issue,
                "status",
                status,
                "close_reason",
                closeReason,
                "created_by_id",
                by,
                "version",
                0,
                "created_at",
                now,
                "updated_at",
                now);
    }

    private long resource(
            long unit, String districtPath, String field, String title, String quantity, String status, long by)
            throws SQLException {
        return insert(
                "cobuild_resource",
                "unit_id",
                unit,
                "area_path",
                districtPath,
                "field_code",
                field,
                "title",
                title,
                "quantity",
                quantity,
                "available_from",
                LocalDate.of(year, 1, 1),
                "available_to",
                LocalDate.of(year, 12, 31),
                "status",
                status,
                "created_by_id",
                by,
                "version",
                0,
                "created_at",
                now,
                "updated_at",
                now);
    }

    private long project(
            long community,
            String path,
            String field,
            String title,
            String status,
            Long unit,
            Instant approvedAt,
            boolean inTime,
            long by,
            LocalDate acceptedOn)
            throws SQLException {
        boolean claimed = unit != null;
        Instant claimedAt = claimed ? approvedAt.plusSeconds(3L * 86400) : null;
        Instant acceptedAt =
                acceptedOn == null ? null : acceptedOn.atTime(10, 0).toInstant(ZoneOffset.ofHours(8));
        return insert(
                "cobuild_project",
                "community_id",
                community,
                "area_path",
                path,
                "field_code",
                field,
                "title",
                title,
                "description",
                title + "，由社区与共建单位共同实施。",
                "status",
                status,
                "planned_start",
                today.minusDays(30),
                "planned_end",
                today.plusDays(60),
                "approved_by_id",
                approvedAt == null ? null : staff("admin"),
                "approved_at",
                approvedAt,
                "claim_deadline",
                approvedAt == null ? null : BeijingTime.dayOf(approvedAt).plusDays(7),
                "unit_id",
                unit,
                "claimed_at",
                claimedAt,
                "claimed_in_time",
                inTime,
                "submitted_at",
                acceptedAt == null ? null : acceptedAt.minusSeconds(2L * 86400),
                "accepted_at",
                acceptedAt,
                "accepted_by_id",
                acceptedAt == null ? null : by,
                "satisfaction",
                acceptedAt == null ? null : "SATISFIED",
                "acceptance_note",
                acceptedAt == null ? null : "居民满意度调查：满意",
                "created_by_id",
                by,
                "version",
                0,
                "created_at",
                now,
                "updated_at",
                now);
    }

    private void link(long project, Long need, Long resource) throws SQLException {
        if (need != null) {
            insert("cobuild_project_need", "project_id", project, "need_id", need);
        }
        if (resource != null) {
            insert("cobuild_project_resource", "project_id", project, "resource_id", resource);
        }
    }

    private void milestone(long project, String title, LocalDate due, LocalDate done, Long reportedBy)
            throws SQLException {
        insert(
                "cobuild_milestone",
                "project_id",
                project,
                "title",
                title,
                "due_on",
                due,
                "done_on",
                done,
                "report",
                done == null ? null : title + "：已按期完成",
                "reported_by_id",
                done == null ? null : reportedBy,
                "version",
                0,
                "created_at",
                now,
                "updated_at",
                now);
    }

    private void points(
            long unit, String path, String kind, int points, LocalDate on, Long project, String reason, long by)
            throws SQLException {
        insert(
                "cobuild_points_entry",
                "unit_id",
                unit,
                "area_path",
                path,
                "kind",
                kind,
                "points",
                points,
                "earned_on",
                on,
                "project_id",
                project,
                "reason",
                reason,
                "created_by_id",
                by,
                "created_at",
                now);
    }

    // ---- JDBC

    private long staff(String username) throws SQLException {
        return scalar("SELECT id FROM staff WHERE username = ?", username);
    }

    /** Inserts a row of (column, value) pairs; returns its generated id (0 for a table without one). */
    private long insert(String table, Object... pairs) throws SQLException {
        List<String> columns = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            columns.add((String) pairs[i]);
            values.add(pairs[i + 1]);
        }
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        try (PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(s, values.toArray());
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }

    private void update(String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            s.executeUpdate();
        }
    }

    private Long scalar(String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getObject(1) != null ? rs.getLong(1) : null;
            }
        }
    }

    private String string(String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private List<long[]> longs(String sql, Object... params) throws SQLException {
        List<long[]> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new long[] {rs.getLong(1), rs.getLong(2)});
                }
            }
        }
        return rows;
    }

    /** Instants as UTC wall-clock time, as Hibernate writes them. */
    private static void bind(PreparedStatement s, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object v = params[i];
            s.setObject(i + 1, v instanceof Instant at ? LocalDateTime.ofInstant(at, ZoneOffset.UTC) : v);
        }
    }
}
