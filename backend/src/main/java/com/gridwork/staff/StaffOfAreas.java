package com.gridwork.staff;

import com.gridwork.access.StaffRole;
import com.gridwork.area.AreaDtos.GridWorker;
import com.gridwork.area.AreaStaff;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Comparator;
import java.util.List;

/** The staff feature's answer to what the area feature needs to know about accounts scoped to areas. */
@ApplicationScoped
public class StaffOfAreas implements AreaStaff {
    @Override
    public long countScopedTo(long areaId) {
        return Staff.count("select count(s) from Staff s join s.areas a where a.id = ?1", areaId);
    }

    @Override
    public List<GridWorker> gridWorkers(long gridId) {
        return Staff.<Staff>list(
                        "select s from Staff s join s.areas a where a.id = ?1 and s.role = ?2 and s.enabled = true and s.serviceAccount = false",
                        gridId,
                        StaffRole.GRID_WORKER)
                .stream()
                .sorted(Comparator.comparing((Staff s) -> s.displayName).thenComparing(s -> s.id))
                .map(s -> new GridWorker(s.id, s.username, s.displayName, s.phone))
                .toList();
    }
}
