package com.gridwork.staff;

import com.gridwork.access.AreaScope;
import com.gridwork.access.Caller;
import com.gridwork.access.CallerLoader;
import com.gridwork.access.StaffRole;
import com.gridwork.area.Area;
import com.gridwork.area.AreaDtos.AreaRef;
import com.gridwork.common.Text;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.error.Violations;
import com.gridwork.common.http.ETags;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.common.persistence.Like;
import com.gridwork.common.persistence.Where;
import com.gridwork.staff.StaffDtos.PasswordReset;
import com.gridwork.staff.StaffDtos.StaffCreate;
import com.gridwork.staff.StaffDtos.StaffCreated;
import com.gridwork.staff.StaffDtos.StaffUpdate;
import com.gridwork.staff.StaffDtos.StaffView;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.gridwork.common.Text.blankToNull;

@ApplicationScoped
public class StaffService {
    private static final Map<String, String> SORTABLE = new LinkedHashMap<>(Map.of(
            "username",
            "username",
            "displayName",
            "displayName",
            "role",
            "role",
            "createdAt",
            "createdAt",
            "updatedAt",
            "updatedAt"));

    @Inject
    Validator validator;

    @Inject
    AreaScope scope;

    @Inject
    KeycloakAccounts accounts;

    @Inject
    EntityManager em;

    @Inject
    CallerLoader callers;

    /**
     * Accounts the caller administers: all of them for the whole platform, otherwise those with at least one
     * area inside the caller's scope.
     */
    @Transactional
    public PageResult<StaffView> list(String q, String role, Boolean enabled, Long areaId, PageParams page) {
        Where where = new Where().and("s.serviceAccount = false");
        Caller caller = scope.caller();
        if (!caller.wholePlatform()) {
            AreaScope.ScopeFilter filter = scope.filter("sa.path");
            where.and(
                    "exists (select 1 from Staff s2 join s2.areas sa where s2 = s and " + filter.jpql() + ")",
                    filter.params());
        }
        where.and("(s.username like :q or s.displayName like :q or s.phone like :q)", "q", q, Like::contains)
                .and("s.role = :role", "role", role, r -> parseRole(r, "role"))
                .and("s.enabled = :enabled", "enabled", enabled)
                .and(
                        "exists (select 1 from Staff s3 join s3.areas a3 where s3 = s and a3.path like :areaPath)",
                        "areaPath",
                        areaId,
                        id -> scope.find(Area.class, id).path + "%");
        Sort sort = page.toSort(SORTABLE, Sort.by("username"));
        var query = Staff.<Staff>find("from Staff s " + where.clause(), sort, where.params());
        long total = query.count();
        List<Staff> items = query.page(page.page, page.size).list();
        return new PageResult<>(items.stream().map(StaffService::toView).toList(), page.page, page.size, total);
    }

    @Transactional
    public StaffView get(long id) {
        return toView(administered(id));
    }

    @Transactional
    public StaffCreated create(StaffCreate input) {
        Violations violations = Violations.of(validator.validate(input));
        Set<Area> areas = input.role() == null || violations.has("areaIds")
                ? null
                : violations.check(() -> StaffScopes.areas(scope, input.role(), input.areaIds()));
        violations.throwIfAny();
        return provision(input.username().strip(), input.displayName(), input.phone(), input.role(), areas);
    }

    /**
     * Creates a checked account (role and scope already validated by the caller) with its Keycloak sign-in and a
     * temporary password: staff administration's accounts and volunteers' alike. 409 naming {@code username} when
     * taken.
     */
    @Transactional
    public StaffCreated provision(String username, String displayName, String phone, StaffRole role, Set<Area> areas) {
        if (username.startsWith(Staff.SERVICE_ACCOUNT_PREFIX)) {
            // Keycloak would hand over a client's service-account user of that name (see createUser).
            throw ApiProblem.invalidField("username", "staff.username.reserved", Staff.SERVICE_ACCOUNT_PREFIX);
        }
        Staff existing = Staff.findByUsername(username);
        if (existing != null) {
            throw ApiProblem.duplicateField(existing.id, "username", "staff.username.taken", username);
        }

        String password = accounts.temporaryPassword();
        String keycloakId = accounts.createUser(username, Text.strip(displayName), role, password, true);
        try {
            Staff staff = new Staff();
            staff.username = username;
            staff.displayName = Text.strip(displayName);
            staff.phone = blankToNull(phone);
            staff.role = role;
            staff.enabled = true;
            staff.keycloakUserId = keycloakId;
            staff.areas = areas;
            staff.persist();
            em.flush();
            callers.invalidate(); // a token that came before the account must not stay refused
            return new StaffCreated(toView(staff), password);
        } catch (RuntimeException e) {
            // Do not leave a sign-in account behind that has no staff row.
            accounts.delete(keycloakId);
            throw e;
        }
    }

    /**
     * Disables an account provisioned for someone else's record (a unit's liaison), the caller having checked that
     * it may: our row first (every request reads it), then Keycloak, which ends its sessions.
     */
    @Transactional
    public void disable(Staff staff) {
        staff.enabled = false;
        if (staff.keycloakUserId == null) {
            staff.keycloakUserId = accounts.findUserId(staff.username).orElse(null);
        }
        em.flush();
        callers.invalidate();
        if (staff.keycloakUserId != null) {
            accounts.update(staff.keycloakUserId, staff.displayName, staff.role, false);
        }
    }

    @Transactional
    public StaffView update(long id, String ifMatch, StaffUpdate input) {
        Caller caller = scope.caller();
        Staff staff = administered(id);
        ETags.require(ifMatch, staff.version);
        Violations violations = Violations.of(validator.validate(input));
        if (staff.id == caller.staffId()
                && input.enabled() != null
                && (!input.enabled() || input.role() != staff.role)) {
            violations.add(!input.enabled() ? "enabled" : "role", "staff.self.disable");
        }
        Set<Area> areas = input.role() == null || violations.has("areaIds")
                ? null
                : violations.check(() -> StaffScopes.areas(scope, input.role(), input.areaIds()));
        violations.throwIfAny();
        staff.displayName = Text.strip(input.displayName());
        staff.phone = blankToNull(input.phone());
        staff.role = input.role();
        staff.enabled = input.enabled();
        staff.areas.clear();
        staff.areas.addAll(areas);
        // Our row is what every request reads, so the new role and scope apply from the next request on;
        // Keycloak follows so that new tokens agree and a disabled account cannot sign in again.
        if (staff.keycloakUserId == null) {
            staff.keycloakUserId = accounts.findUserId(staff.username).orElse(null);
        }
        em.flush();
        callers.invalidate();
        if (staff.keycloakUserId != null) {
            accounts.update(staff.keycloakUserId, staff.displayName, staff.role, staff.enabled);
        }
        return toView(staff);
    }

    @Transactional
    public PasswordReset resetPassword(long id) {
        Staff staff = administered(id);
        String keycloakId = staff.keycloakUserId != null
                ? staff.keycloakUserId
                : accounts.findUserId(staff.username)
                        .orElseThrow(() -> ApiProblem.conflict("staff.identity.rejected", "no sign-in account"));
        staff.keycloakUserId = keycloakId;
        String password = accounts.temporaryPassword();
        accounts.setPassword(keycloakId, password, true);
        return new PasswordReset(password);
    }

    /** The person's account with this id if the caller administers it; 404 otherwise (API clients have their own). */
    Staff administered(long id) {
        Staff staff = Staff.findById(id);
        if (staff == null
                || staff.serviceAccount
                || !scope.coversAny(staff.areas.stream().map(a -> a.path).toList())) {
            throw ApiProblem.notFound("staff.not-found", id);
        }
        return staff;
    }

    /** A role given as a query parameter; a 400 naming {@code field} when there is no such role. */
    public static StaffRole parseRole(String value, String field) {
        try {
            return StaffRole.of(value);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalidField(field, "staff.role.unknown", value);
        }
    }

    static StaffView toView(Staff s) {
        List<AreaRef> areas = s.areas.stream()
                .sorted(Comparator.comparing((Area a) -> a.path))
                .map(AreaRef::of)
                .toList();
        return new StaffView(
                s.id,
                s.username,
                s.displayName,
                s.phone,
                s.role,
                s.enabled,
                areas,
                s.version,
                s.createdAt,
                s.updatedAt);
    }
}
