package com.gridwork.dev.demo;

import com.gridwork.area.Area;
import com.gridwork.area.AreaLevel;
import com.gridwork.common.crypto.PersonalDataCipher;
import com.gridwork.dev.generate.IssueGenerator;
import com.gridwork.issue.Issue;
import com.gridwork.staff.Staff;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Demo talk days and issues for `make run`: four months of them across the demo district, received and assigned by
 * the demo community staff (and the street-admin elsewhere), handled in the demo grid worker's grids by that worker.
 * Runs after the demo areas and registry exist, once, into an empty issue table.
 */
@ApplicationScoped
public class DemoIssueSeeder {
    private static final Logger LOG = Logger.getLogger(DemoIssueSeeder.class);

    @ConfigProperty(name = "gridwork.demo-data.enabled")
    boolean enabled;

    @ConfigProperty(name = "gridwork.demo-data.issues", defaultValue = "600")
    int issues;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PersonalDataCipher cipher;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 2000) StartupEvent event) throws Exception {
        if (!enabled) {
            return;
        }
        Map<Long, Long> staffByCommunity = new HashMap<>();
        Map<Long, Long> handlerByGrid = new HashMap<>();
        String path = QuarkusTransaction.requiringNew().call(() -> {
            Area district = Area.find("level", AreaLevel.SUB_DISTRICT).firstResult();
            Staff admin = Staff.findByUsername("admin");
            if (Issue.count() > 0 || district == null || admin == null) {
                return null;
            }
            staffByCommunity.put(0L, admin.id);
            Staff community = Staff.findByUsername("community");
            if (community != null) {
                community.areas.forEach(a -> staffByCommunity.put(a.id, community.id));
            }
            Staff worker = Staff.findByUsername("gridworker");
            if (worker != null) {
                worker.areas.forEach(a -> handlerByGrid.put(a.id, worker.id));
            }
            return district.path;
        });
        if (path == null) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            IssueGenerator.Result result = new IssueGenerator(c, cipher, 20261121L)
                    .generate(
                            path,
                            issues,
                            LocalDate.now(com.gridwork.issue.IssueDeadlines.ZONE)
                                    .minusMonths(4),
                            Instant.now(),
                            staffByCommunity,
                            handlerByGrid);
            c.commit();
            LOG.infof(
                    "Demo issues seeded: %d talk days, %d issues, %d timeline events in %d ms",
                    result.talkDays(), result.issues(), result.events(), result.millis());
        }
    }
}
