package com.gridwork.apiclient;

import com.gridwork.access.AreaScope;
import com.gridwork.access.Caller;
import com.gridwork.access.CallerLoader;
import com.gridwork.access.StaffRole;
import com.gridwork.apiclient.ApiClientDtos.ApiClientCreate;
import com.gridwork.apiclient.ApiClientDtos.ApiClientCreated;
import com.gridwork.apiclient.ApiClientDtos.ApiClientCredentials;
import com.gridwork.apiclient.ApiClientDtos.ApiClientUpdate;
import com.gridwork.apiclient.ApiClientDtos.ApiClientView;
import com.gridwork.area.Area;
import com.gridwork.area.AreaDtos.AreaRef;
import com.gridwork.area.AreaPaths;
import com.gridwork.audit.AuditEntry;
import com.gridwork.audit.AuditService;
import com.gridwork.common.Text;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.error.Violations;
import com.gridwork.common.http.ETags;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.common.persistence.Counts;
import com.gridwork.common.persistence.Like;
import com.gridwork.common.persistence.Where;
import com.gridwork.staff.Staff;
import com.gridwork.staff.StaffScopes;
import com.gridwork.staff.StaffService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Registers third-party systems. Each gets a confidential Keycloak client (client-credentials grant) and a staff
 * account for its service account, so its requests are loaded, scoped and refused by the same Caller mechanism as
 * anyone's. Rules:
 * <ul>
 *   <li>only street-admins manage API clients, and only those whose every area lies in their own scope (others
 *       are 404);</li>
 *   <li>a system is community staff, a grid worker or a viewer, never a street-admin (a standing machine credential
 *       that could create accounts and further credentials), nor a volunteer or unit liaison (people's roles);</li>
 *   <li>its scope follows the staff rule (levels per role, inside the administrator's own scope);</li>
 *   <li>the secret is shown once, when issued, and never stored by Gridwork.</li>
 * </ul>
 */
@ApplicationScoped
public class ApiClientService {
    static final Set<StaffRole> ROLES = EnumSet.of(StaffRole.COMMUNITY_STAFF, StaffRole.GRID_WORKER, StaffRole.VIEWER);
    static final String CLIENT_ID_PREFIX = "gridwork-api-";
    private static final String ID_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final Map<String, String> SORTABLE = new LinkedHashMap<>(Map.of(
            "name",
            "s.displayName",
            "clientId",
            "c.clientId",
            "role",
            "s.role",
            "createdAt",
            "c.createdAt",
            "updatedAt",
            "c.updatedAt"));

    private final SecureRandom random = new SecureRandom();

    @Inject
    AreaScope scope;

    @Inject
    KeycloakApiClients keycloak;

    @Inject
    CallerLoader callers;

    @Inject
    AuditService audit;

    @Inject
    EntityManager em;

    @Inject
    Validator validator;

    @ConfigProperty(name = "gridwork.keycloak.public-url")
    String keycloakPublicUrl;

    @ConfigProperty(name = "gridwork.keycloak.realm")
    String realm;

    @Transactional
    public PageResult<ApiClientView> list(String q, String role, Boolean enabled, PageParams page) {
        Caller caller = scope.caller();
        Where where = new Where();
        if (!caller.wholePlatform()) {
            // every area of the client inside the caller's scope
            AreaScope.ScopeFilter filter = scope.filter("sa.path");
            where.and(
                    "not exists (select 1 from Staff s2 join s2.areas sa where s2 = s and not (" + filter.jpql() + "))",
                    filter.params());
        }
        where.and(
                        "(s.displayName like :q or c.clientId like :q or c.contactName like :q or c.contactEmail like :q)",
                        "q",
                        q,
                        Like::contains)
                .and("s.role = :role", "role", role, r -> StaffService.parseRole(r, "role"))
                .and("s.enabled = :enabled", "enabled", enabled);
        Sort sort = page.toSort(SORTABLE, Sort.by("s.displayName").and("c.id"), "c.id");
        List<ApiClient> items = ApiClient.<ApiClient>find(
                        "from ApiClient c join fetch c.account s " + where.clause(), sort, where.params())
                .page(page.page, page.size)
                .list();
        long total = page.total(
                items.size(),
                () -> Counts.of(
                        em, "select count(c) from ApiClient c join c.account s " + where.clause(), where.params()));
        return new PageResult<>(items.stream().map(ApiClientService::toView).toList(), page.page, page.size, total);
    }

    @Transactional
    public ApiClientView get(long id) {
        return toView(administered(id));
    }

    /**
     * Keycloak first, then our rows in a transaction of their own; if that transaction fails (to the commit), the
     * Keycloak client goes again, so a failure half-way leaves neither a client without an account nor the reverse.
     */
    public ApiClientCreated create(ApiClientCreate input) {
        Caller caller = scope.caller();
        List<Long> areaIds = validated(input, input.role(), input.areaIds()).stream()
                .map(a -> a.id)
                .toList();
        String name = Text.strip(input.name());
        String clientId = newClientId();
        KeycloakApiClients.Provisioned provisioned = keycloak.create(clientId, name);
        try {
            ApiClientView view = QuarkusTransaction.requiringNew().call(() -> {
                Staff account = new Staff();
                account.username = provisioned.serviceAccountUsername();
                account.displayName = name;
                account.role = input.role();
                account.enabled = true;
                account.serviceAccount = true;
                account.keycloakUserId = provisioned.serviceAccountUserId();
                areaIds.forEach(areaId -> account.areas.add(Area.findById(areaId)));
                account.persist();

                ApiClient client = new ApiClient();
                client.account = account;
                client.clientId = clientId;
                client.keycloakId = provisioned.keycloakId();
                client.contactName = Text.strip(input.contactName());
                client.contactEmail = Text.strip(input.contactEmail());
                client.secretIssuedAt = Instant.now();
                client.createdBy = caller.username();
                client.persist();
                em.flush();
                callers.invalidate(); // a token fetched before the account existed must not stay refused
                record(AuditEntry.Action.API_CLIENT_CREATE, client);
                return toView(client);
            });
            return new ApiClientCreated(view, credentials(clientId, provisioned.secret()));
        } catch (RuntimeException e) {
            keycloak.removeQuietly(clientId);
            throw e;
        }
    }

    /** Name, contact, role and scope; the new role and scope apply from the client's next request. */
    @Transactional
    public ApiClientView update(long id, String ifMatch, ApiClientUpdate input) {
        ApiClient client = administered(id);
        ETags.require(ifMatch, client.version);
        Set<Area> areas = validated(input, input.role(), input.areaIds());
        Staff account = client.account;
        String name = Text.strip(input.name());
        boolean renamed = !name.equals(account.displayName);
        account.displayName = name;
        account.role = input.role();
        account.areas.clear();
        account.areas.addAll(areas);
        client.contactName = Text.strip(input.contactName());
        client.contactEmail = Text.strip(input.contactEmail());
        client.touch(); // the ETag is the client's version: it moves when only the account's role or scope changed
        em.flush();
        callers.invalidate();
        record(AuditEntry.Action.API_CLIENT_UPDATE, client);
        if (renamed) {
            keycloak.update(client.keycloakId, name, account.enabled);
        }
        return toView(client);
    }

    /**
     * A new secret from Keycloak, returned once; the old one stops working at once (tokens already issued with it
     * stay valid until they expire). Keycloak is called last, so a refusal there changes nothing of ours.
     */
    @Transactional
    public ApiClientCredentials rotateSecret(long id) {
        ApiClient client = administered(id);
        client.secretIssuedAt = Instant.now();
        em.flush();
        record(AuditEntry.Action.API_CLIENT_ROTATE_SECRET, client);
        return credentials(client.clientId, keycloak.newSecret(client.keycloakId));
    }

    /**
     * Disabling refuses the client's tokens from its next request on (its account is disabled and the cached
     * caller forgotten) and stops Keycloak issuing new ones; enabling undoes both.
     */
    @Transactional
    public ApiClientView setEnabled(long id, boolean enabled) {
        ApiClient client = administered(id);
        Staff account = client.account;
        if (account.enabled != enabled) {
            account.enabled = enabled;
            client.touch();
            em.flush();
            callers.invalidate();
            record(enabled ? AuditEntry.Action.API_CLIENT_ENABLE : AuditEntry.Action.API_CLIENT_DISABLE, client);
        }
        // also when nothing changed here: brings Keycloak back in step if it is not
        keycloak.update(client.keycloakId, account.displayName, enabled);
        return toView(client);
    }

    /** The client with this id if the caller manages it (all its areas in the caller's scope); 404 otherwise. */
    private ApiClient administered(long id) {
        ApiClient client = ApiClient.findById(id);
        if (client == null
                || !scope.coversAll(
                        client.account.areas.stream().map(a -> a.path).toList())) {
            throw ApiProblem.notFound("apiclient.not-found", id);
        }
        return client;
    }

    /** The body's own constraints, the role and the scope, all reported at once; the scope's areas when valid. */
    private Set<Area> validated(Object input, StaffRole role, List<Long> areaIds) {
        Violations violations = Violations.of(validator.validate(input));
        if (role != null && !ROLES.contains(role)) {
            violations.add("role", "apiclient.role.not-allowed");
        }
        Set<Area> areas = role == null || areaIds == null || violations.has("role") || violations.has("areaIds")
                ? null
                : violations.check(() -> StaffScopes.areas(scope, role, areaIds));
        violations.throwIfAny();
        return areas;
    }

    private void record(AuditEntry.Action action, ApiClient client) {
        Staff account = client.account;
        List<Area> areas = sortedAreas(account);
        String detail = "role=" + account.role.value() + "; areas="
                + areas.stream().map(a -> a.name + " (" + a.id + ")").collect(Collectors.joining(", "));
        audit.record(
                action,
                "API_CLIENT",
                client.id,
                account.displayName + " (" + client.clientId + ")",
                null,
                detail,
                AreaPaths.commonAncestor(areas.stream().map(a -> a.path).toList()));
    }

    private ApiClientCredentials credentials(String clientId, String secret) {
        return new ApiClientCredentials(
                clientId, secret, keycloakPublicUrl + "/realms/" + realm + "/protocol/openid-connect/token");
    }

    private String newClientId() {
        StringBuilder id = new StringBuilder(CLIENT_ID_PREFIX);
        for (int i = 0; i < 10; i++) {
            id.append(ID_ALPHABET.charAt(random.nextInt(ID_ALPHABET.length())));
        }
        return id.toString();
    }

    private static List<Area> sortedAreas(Staff account) {
        return account.areas.stream()
                .sorted(Comparator.comparing((Area a) -> a.path))
                .toList();
    }

    static ApiClientView toView(ApiClient c) {
        Staff a = c.account;
        return new ApiClientView(
                c.id,
                c.clientId,
                a.username,
                a.displayName,
                c.contactName,
                c.contactEmail,
                a.role,
                sortedAreas(a).stream().map(AreaRef::of).toList(),
                a.enabled,
                c.secretIssuedAt,
                c.createdBy,
                c.version,
                c.createdAt,
                c.updatedAt);
    }
}
