package com.gridwork.staff;

import com.gridwork.access.StaffRole;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Optional;

/**
 * Creates the first administrator (a street-admin of the whole platform) from GRIDWORK_ADMIN_USERNAME /
 * GRIDWORK_ADMIN_PASSWORD when that account does not exist yet, so a clean installation can be signed into.
 */
@ApplicationScoped
public class AdminBootstrap {
    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);
    private static final int ATTEMPTS = 30;

    @ConfigProperty(name = "gridwork.bootstrap.admin.username")
    Optional<String> username;

    @ConfigProperty(name = "gridwork.bootstrap.admin.password")
    Optional<String> password;

    @ConfigProperty(name = "gridwork.bootstrap.admin.display-name")
    String displayName;

    @Inject
    KeycloakAccounts accounts;

    void onStart(@Observes StartupEvent event) throws InterruptedException {
        if (username.isEmpty() || username.get().isBlank()) {
            return;
        }
        if (password.isEmpty() || password.get().isBlank()) {
            throw new IllegalStateException("GRIDWORK_ADMIN_USERNAME is set but GRIDWORK_ADMIN_PASSWORD is not");
        }
        if (Staff.count("username", username.get()) > 0) {
            return;
        }
        // Keycloak may still be starting next to us: retry for about a minute before giving up.
        for (int attempt = 1; ; attempt++) {
            try {
                create();
                LOG.infof("Created the first administrator '%s'", username.get());
                return;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS) {
                    throw new IllegalStateException("Could not create the first administrator in Keycloak", e);
                }
                LOG.infof("Keycloak not ready for the first administrator yet (attempt %d/%d)", attempt, ATTEMPTS);
                Thread.sleep(Duration.ofSeconds(2).toMillis());
            }
        }
    }

    @Transactional
    void create() {
        String keycloakId =
                accounts.createUser(username.get(), displayName, StaffRole.STREET_ADMIN, password.get(), false);
        Staff staff = new Staff();
        staff.username = username.get();
        staff.displayName = displayName;
        staff.role = StaffRole.STREET_ADMIN;
        staff.enabled = true;
        staff.keycloakUserId = keycloakId;
        staff.persist();
    }
}
