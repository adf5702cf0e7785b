package com.gridwork.notification;

import com.gridwork.access.Permission;
import com.gridwork.access.StaffRole;
import com.gridwork.issue.Issue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may decide on an issue, for the notices that ask someone to: the enabled people (not API clients) holding the
 * permission whose scope covers the issue's place, at the nearest level that has anyone. Community staff of the
 * issue's community come first; only when it has none are the street-admins of its sub-district told, and only when
 * it has none either, the street-admins of the whole platform. An escalated issue asks for
 * {@link Permission#ISSUES_DECIDE_ESCALATED}: street-admins, the sub-district's first.
 */
@ApplicationScoped
public class NotificationRecipients {
    @Inject
    EntityManager em;

    /** The staff ids that may accept (or, escalated, decide on) the issue, nearest level first; empty if nobody. */
    public Set<Long> deciders(Issue issue) {
        Permission permission = issue.escalated ? Permission.ISSUES_DECIDE_ESCALATED : Permission.ISSUES_MANAGE;
        // Each account with the areas of its scope that cover the issue; a street-admin without areas (null path)
        // has the whole platform.
        List<Object[]> rows = em.createQuery(
                        "select s.id, s.role, a.path from Staff s left join s.areas a"
                                + " where s.enabled = true and s.serviceAccount = false and s.role in :roles"
                                + " and (a.id is null or :path like concat(a.path, '%'))",
                        Object[].class)
                .setParameter("roles", permission.roles())
                .setParameter("path", issue.areaPath)
                .getResultList();
        Map<Long, Integer> depthOf = new HashMap<>();
        for (Object[] row : rows) {
            long id = (Long) row[0];
            StaffRole role = (StaffRole) row[1];
            String path = (String) row[2];
            boolean wholePlatform = path == null;
            if (wholePlatform && role != StaffRole.STREET_ADMIN) {
                continue; // an account of another role without areas has no scope at all
            }
            if (permission.grantedTo(role, wholePlatform)) {
                depthOf.merge(id, depth(path), Math::max);
            }
        }
        int nearest =
                depthOf.values().stream().mapToInt(Integer::intValue).max().orElse(-1);
        return depthOf.entrySet().stream()
                .filter(e -> e.getValue() == nearest)
                .map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** How deep a scope area lies: a sub-district 1, a community 2...; the whole platform 0. */
    private static int depth(String path) {
        return path == null ? 0 : (int) path.chars().filter(c -> c == '/').count() - 1;
    }
}
