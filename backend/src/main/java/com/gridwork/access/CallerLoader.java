package com.gridwork.access;

import com.gridwork.staff.Staff;
import com.gridwork.staff.StaffRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.Optional;

@ApplicationScoped
public class CallerLoader {

    /** The enabled staff account behind a token's user name, with its scope; empty when there is none. */
    @ActivateRequestContext
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Caller> load(String username) {
        // list(), not firstResult(): a row limit with a collection fetch would be applied in memory.
        Staff staff = Staff.<Staff>list("select s from Staff s left join fetch s.areas where s.username = ?1 and s.enabled = true", username)
                .stream().findFirst().orElse(null);
        if (staff == null) {
            return Optional.empty();
        }
        var areas = staff.areas.stream()
                .sorted(Comparator.comparing(a -> a.path))
                .map(a -> new Caller.ScopedArea(a.id, a.level, a.code, a.name, a.path))
                .toList();
        boolean wholePlatform = staff.role == StaffRole.STREET_ADMIN && areas.isEmpty();
        return Optional.of(new Caller(staff.id, staff.username, staff.displayName, staff.role, wholePlatform, areas));
    }
}
