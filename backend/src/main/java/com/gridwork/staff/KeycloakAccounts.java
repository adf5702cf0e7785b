package com.gridwork.staff;

import com.gridwork.access.StaffRole;
import com.gridwork.common.error.ApiProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Provisions sign-in accounts in the Keycloak realm through its admin API, with the backend's service account.
 * Keycloak holds only credentials and the realm role (for tokens); scope and the authoritative role stay ours.
 */
@ApplicationScoped
public class KeycloakAccounts {
    private static final Logger LOG = Logger.getLogger(KeycloakAccounts.class);
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final List<String> ALL_ROLES =
            Arrays.stream(StaffRole.values()).map(StaffRole::value).toList();
    private final SecureRandom random = new SecureRandom();

    @Inject
    Keycloak keycloak;

    @ConfigProperty(name = "gridwork.keycloak.realm")
    String realmName;

    /** Creates (or adopts an orphaned) sign-in account; returns its Keycloak id. */
    public String createUser(String username, String displayName, StaffRole role, String password, boolean temporary) {
        return call(() -> {
            RealmResource realm = realm();
            Optional<UserRepresentation> existing =
                    realm.users().searchByUsername(username, true).stream().findFirst();
            String id;
            if (existing.isPresent()) {
                // A Keycloak user without a staff row (e.g. left by an interrupted creation): take it over.
                id = existing.get().getId();
                LOG.infof("Adopting existing Keycloak user %s", username);
                UserRepresentation rep = existing.get();
                rep.setFirstName(displayName);
                rep.setEnabled(true);
                realm.users().get(id).update(rep);
            } else {
                UserRepresentation rep = new UserRepresentation();
                rep.setUsername(username);
                rep.setFirstName(displayName);
                rep.setEnabled(true);
                rep.setEmailVerified(false);
                try (Response response = realm.users().create(rep)) {
                    if (response.getStatus() != 201) {
                        throw ApiProblem.conflict("staff.identity.rejected", "HTTP " + response.getStatus());
                    }
                    String location = response.getLocation().getPath();
                    id = location.substring(location.lastIndexOf('/') + 1);
                }
            }
            setPassword(id, password, temporary);
            setRole(id, role);
            return id;
        });
    }

    public void update(String userId, String displayName, StaffRole role, boolean enabled) {
        call(() -> {
            UserResource user = realm().users().get(userId);
            UserRepresentation rep = user.toRepresentation();
            rep.setFirstName(displayName);
            rep.setEnabled(enabled);
            user.update(rep);
            setRole(userId, role);
            if (!enabled) {
                // Ends the sessions so that no new tokens are issued; our own check refuses the remaining ones.
                user.logout();
            }
            return null;
        });
    }

    public void setPassword(String userId, String password, boolean temporary) {
        call(() -> {
            CredentialRepresentation credential = new CredentialRepresentation();
            credential.setType(CredentialRepresentation.PASSWORD);
            credential.setValue(password);
            credential.setTemporary(temporary);
            realm().users().get(userId).resetPassword(credential);
            return null;
        });
    }

    public void delete(String userId) {
        call(() -> {
            try (Response ignored = realm().users().delete(userId)) {
                return null;
            }
        });
    }

    public Optional<String> findUserId(String username) {
        return call(() -> realm().users().searchByUsername(username, true).stream()
                .findFirst()
                .map(UserRepresentation::getId));
    }

    /** A random password that satisfies common policies; shown once to the administrator. */
    public String temporaryPassword() {
        StringBuilder sb = new StringBuilder("Gw-");
        for (int i = 0; i < 10; i++) {
            sb.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return sb.append(random.nextInt(10)).toString();
    }

    /** Makes the user's realm roles exactly {@code role} among Gridwork's roles. */
    private void setRole(String userId, StaffRole role) {
        var roles = realm().users().get(userId).roles().realmLevel();
        List<RoleRepresentation> stale = roles.listAll().stream()
                .filter(r -> ALL_ROLES.contains(r.getName()) && !r.getName().equals(role.value()))
                .toList();
        if (!stale.isEmpty()) {
            roles.remove(stale);
        }
        if (roles.listAll().stream().noneMatch(r -> r.getName().equals(role.value()))) {
            roles.add(List.of(realm().roles().get(role.value()).toRepresentation()));
        }
    }

    private RealmResource realm() {
        return keycloak.realm(realmName);
    }

    /**
     * Runs another call against the realm's admin API (API clients provision Keycloak clients) with the same
     * failure rules as the calls here.
     */
    public <T> T inRealm(Function<RealmResource, T> action) {
        return call(() -> action.apply(realm()));
    }

    /** Keycloak unreachable is a 503 and a refusal a 409, both before anything of ours is written. */
    private <T> T call(Supplier<T> action) {
        try {
            return action.get();
        } catch (ProcessingException e) {
            LOG.warn("Keycloak admin API unreachable: " + e.getMessage());
            throw ApiProblem.unavailable("staff.identity.unavailable");
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
            LOG.warnf("Keycloak admin API refused a call: HTTP %d", status);
            if (status == 401 || status == 403 || status >= 500) {
                throw ApiProblem.unavailable("staff.identity.unavailable");
            }
            throw ApiProblem.conflict("staff.identity.rejected", "HTTP " + status);
        }
    }
}
