package com.gridwork.registry.household;

import com.gridwork.area.BuildingRenamed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Keeps the households' searched building designation ({@link AddressQuery#buildingKey}) in step with its name. */
@ApplicationScoped
public class BuildingKeys {
    @Inject
    EntityManager em;

    void onRenamed(@Observes BuildingRenamed event) {
        em.createQuery("update Household h set h.addrBuilding = :key where h.building.id = :id")
                .setParameter("key", AddressQuery.buildingKey(event.name()))
                .setParameter("id", event.buildingId())
                .executeUpdate();
    }
}
