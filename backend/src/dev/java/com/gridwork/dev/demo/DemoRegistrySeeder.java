package com.gridwork.dev.demo;

import com.gridwork.area.Area;
import com.gridwork.area.AreaLevel;
import com.gridwork.dev.generate.RegistryGenerator;
import com.gridwork.registry.household.Household;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Demo registry for `make run` (profile "run"): a few thousand households with residents and tags across the
 * demo grids, generated once into an empty registry after {@link DemoDataSeeder} has created
 * the areas (this observer runs later: higher priority value).
 */
@ApplicationScoped
public class DemoRegistrySeeder {
    private static final Logger LOG = Logger.getLogger(DemoRegistrySeeder.class);

    @ConfigProperty(name = "gridwork.demo-data.enabled")
    boolean enabled;

    @ConfigProperty(name = "gridwork.demo-data.households", defaultValue = "3000")
    int households;

    @Inject
    RegistryGenerator generator;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent event) {
        if (!enabled) {
            return;
        }
        // Decide in a short transaction; the generator runs in its own (long) one.
        List<Long> gridIds = QuarkusTransaction.requiringNew()
                .call(() -> Household.count() > 0
                        ? List.<Long>of()
                        : Area.<Area>list("level = ?1 order by path", AreaLevel.GRID).stream()
                                .map(a -> a.id)
                                .toList());
        if (gridIds.isEmpty()) {
            return;
        }
        // Uneven, like real grids: between 70 % and 130 % of the average.
        Map<Long, Integer> counts = new LinkedHashMap<>();
        int average = Math.max(households / gridIds.size(), 1);
        for (int i = 0; i < gridIds.size(); i++) {
            counts.put(gridIds.get(i), average * (70 + (i * 37) % 61) / 100);
        }
        RegistryGenerator.Result result = generator.generate(counts, 20240501L, "demo");
        LOG.infof(
                "Demo registry seeded: %d households, %d residents in %d grids, %d ms",
                result.households(), result.residents(), gridIds.size(), result.millis());
    }
}
