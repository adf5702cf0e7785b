package com.gridwork.audit;

import com.gridwork.access.AreaScope;
import com.gridwork.access.Caller;
import com.gridwork.access.Permission;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.common.persistence.Where;
import com.gridwork.staff.Staff;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Writes the personal-data audit trail: every reveal, export and import, with who, whose, when and why. */
@ApplicationScoped
public class AuditService {
    @Inject
    AreaScope scope;

    /**
     * Records an access in the caller's current transaction, so that the audit entry and the access stand or
     * fall together. {@code subjectLabel} names the subject for people reading the log (a resident's name, never
     * the revealed value).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry record(
            AuditEntry.Action action,
            String subjectType,
            Long subjectId,
            String subjectLabel,
            String reason,
            String detail,
            String areaPath) {
        Caller caller = scope.caller();
        AuditEntry entry = new AuditEntry();
        entry.at = Instant.now();
        entry.actorStaffId = caller.staffId();
        entry.actorUsername = caller.username();
        entry.action = action;
        entry.subjectType = subjectType;
        entry.subjectId = subjectId;
        entry.subjectLabel = truncate(subjectLabel, 128);
        entry.reason = truncate(reason, 500);
        entry.detail = truncate(detail, 1000);
        entry.areaPath = areaPath;
        entry.persist();
        return entry;
    }

    /**
     * The trail as the caller may read it: street-admins and community staff the entries of their scope (and their
     * own), everyone else only their own.
     */
    @Transactional
    public PageResult<AuditEntryView> list(
            AuditEntry.Action action, String actor, Instant from, Instant to, PageParams page) {
        Caller caller = scope.caller();
        Where where = new Where();
        if (caller.may(Permission.AUDIT_READ_OTHERS)) {
            if (!caller.wholePlatform()) {
                // the entries of their scope, and their own wherever they lie
                AreaScope.ScopeFilter filter = scope.filter("areaPath");
                Map<String, Object> params = new HashMap<>(filter.params());
                params.put("me", caller.username());
                where.and("(" + filter.jpql() + " or actorUsername = :me)", params);
            }
        } else {
            where.and("actorUsername = :me", "me", caller.username());
        }
        where.and("action = :action", "action", action)
                .and("actorUsername = :actor", "actor", actor, String::strip)
                .and("at >= :from", "from", from)
                .and("at < :to", "to", to);
        var query = AuditEntry.<AuditEntry>find(where.conditions(), Sort.descending("at", "id"), where.params());
        long total = query.count();
        List<AuditEntry> entries = query.page(page.page, page.size).list();
        Map<String, String> actorNames =
                Staff.displayNames(entries.stream().map(e -> e.actorUsername).toList());
        return new PageResult<>(
                entries.stream()
                        .map(e -> new AuditEntryView(
                                e.id,
                                e.at,
                                e.actorUsername,
                                actorNames.getOrDefault(e.actorUsername, e.actorUsername),
                                e.action,
                                e.subjectType,
                                e.subjectId,
                                e.subjectLabel,
                                e.reason,
                                e.detail))
                        .toList(),
                page.page,
                page.size,
                total);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
