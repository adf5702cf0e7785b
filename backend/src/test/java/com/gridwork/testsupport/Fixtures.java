package com.gridwork.testsupport;

import com.gridwork.access.CallerLoader;
import com.gridwork.access.StaffRole;
import com.gridwork.area.Area;
import com.gridwork.area.AreaLevel;
import com.gridwork.issue.Issue;
import com.gridwork.notification.Notification;
import com.gridwork.notification.NotificationKind;
import com.gridwork.staff.Staff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

/** Builds areas and staff straight in the database; every name is unique so test classes never collide. */
@ApplicationScoped
public class Fixtures {
    @Inject
    CallerLoader callers;

    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    @Transactional
    public long area(AreaLevel level, Long parentId, String name) {
        Area area = new Area();
        area.level = level;
        area.parent = parentId == null ? null : Area.findById(parentId);
        area.code = unique("C");
        area.name = name + "-" + area.code;
        area.insert();
        return area.id;
    }

    /** A staff account with a unique user name; returns the user name, to sign tokens for. */
    @Transactional
    public String staff(StaffRole role, Long... areaIds) {
        Staff staff = new Staff();
        staff.username = unique("u");
        staff.displayName = "测试" + role.value();
        staff.role = role;
        Arrays.stream(areaIds).forEach(id -> staff.areas.add(Area.findById(id)));
        staff.persist();
        return staff.username;
    }

    @Transactional
    public long staffId(String username) {
        return Staff.findByUsername(username).id;
    }

    @Transactional
    public void setEnabled(String username, boolean enabled) {
        Staff.findByUsername(username).enabled = enabled;
        callers.invalidate();
    }

    @Transactional
    public void setScope(String username, Long... areaIds) {
        Staff staff = Staff.findByUsername(username);
        staff.areas.clear();
        Arrays.stream(areaIds).forEach(id -> staff.areas.add(Area.findById(id)));
        callers.invalidate();
    }

    /** A notice to this staff member about the issue, straight in the database. */
    @Transactional
    public long notification(long recipientId, long issueId) {
        Issue issue = Issue.findById(issueId);
        Notification n = new Notification();
        n.recipientId = recipientId;
        n.kind = NotificationKind.ISSUE_ASSIGNED;
        n.issueId = issueId;
        n.issueNumber = "Q20261120-" + issueId;
        n.issueCategory = "测试类别";
        n.areaId = issue.community.id;
        n.areaPath = issue.areaPath;
        n.createdAt = Instant.now();
        n.persist();
        return n.id;
    }

    /** A small world: one sub-district with communities A and B, each with two grids, and their staff. */
    public World world() {
        long sub = area(AreaLevel.SUB_DISTRICT, null, "街道");
        long a = area(AreaLevel.COMMUNITY, sub, "社区A");
        long b = area(AreaLevel.COMMUNITY, sub, "社区B");
        long a1 = area(AreaLevel.GRID, a, "A网格1");
        long a2 = area(AreaLevel.GRID, a, "A网格2");
        long b1 = area(AreaLevel.GRID, b, "B网格1");
        long b2 = area(AreaLevel.GRID, b, "B网格2");
        return new World(
                sub,
                a,
                b,
                a1,
                a2,
                b1,
                b2,
                staff(StaffRole.STREET_ADMIN, sub),
                staff(StaffRole.COMMUNITY_STAFF, a),
                staff(StaffRole.GRID_WORKER, a1),
                staff(StaffRole.VIEWER, sub));
    }

    public record World(
            long subDistrict,
            long communityA,
            long communityB,
            long gridA1,
            long gridA2,
            long gridB1,
            long gridB2,
            String admin,
            String staffA,
            String workerA1,
            String viewer) {}
}
