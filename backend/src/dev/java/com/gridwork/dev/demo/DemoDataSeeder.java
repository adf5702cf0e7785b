package com.gridwork.dev.demo;

import com.gridwork.access.StaffRole;
import com.gridwork.area.Area;
import com.gridwork.area.AreaLevel;
import com.gridwork.staff.Staff;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The demo sub-district for `make run` only (profile "run"): filled into an empty database, never touched
 * again. Staff rows match the demo users of backend/keycloak/demo, linked by user name.
 */
@ApplicationScoped
public class DemoDataSeeder {
    private static final Logger LOG = Logger.getLogger(DemoDataSeeder.class);
    private static final String[] ORDINALS = {"一", "二", "三", "四", "五", "六"};

    private record CommunitySeed(String code, String name, String estate, int grids) {}

    private static final List<CommunitySeed> COMMUNITIES = List.of(
            new CommunitySeed("XFL", "幸福里社区", "幸福里小区", 5),
            new CommunitySeed("HPL", "和平路社区", "和平家园", 4),
            new CommunitySeed("GMY", "光明苑社区", "光明苑", 4));

    @ConfigProperty(name = "gridwork.demo-data.enabled")
    boolean enabled;

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (!enabled || Area.count() > 0) {
            return;
        }
        Area subDistrict = area(AreaLevel.SUB_DISTRICT, null, "CGJD", "城关街道", "城关街道办事处辖区");
        List<Area> xflGrids = new ArrayList<>();
        Area xfl = null;
        int buildingNo = 0;
        for (CommunitySeed seed : COMMUNITIES) {
            Area community = area(AreaLevel.COMMUNITY, subDistrict, seed.code(), seed.name(), seed.name() + "居民委员会");
            for (int g = 1; g <= seed.grids(); g++) {
                Area grid = area(
                        AreaLevel.GRID,
                        community,
                        seed.code() + "-G" + g,
                        seed.name().replace("社区", "") + "第" + ORDINALS[g - 1] + "网格",
                        null);
                int buildings = 3 + (g * 7 + seed.grids()) % 4;
                for (int b = 1; b <= buildings; b++) {
                    buildingNo++;
                    Area building =
                            area(AreaLevel.BUILDING, grid, "B" + buildingNo, seed.estate() + buildingNo + "号楼", null);
                    building.address = seed.estate() + buildingNo + "号楼";
                    building.floors = 6 + (buildingNo % 4) * 6;
                    building.unitCount = 1 + buildingNo % 4;
                }
                if (seed.code().equals("XFL")) {
                    xflGrids.add(grid);
                }
            }
            if (seed.code().equals("XFL")) {
                xfl = community;
            }
        }
        staff("admin", "王建国", "13800000001", StaffRole.STREET_ADMIN, Set.of());
        staff("community", "李秀英", "13800000002", StaffRole.COMMUNITY_STAFF, Set.of(xfl));
        staff("gridworker", "张伟", "13800000003", StaffRole.GRID_WORKER, Set.of(xflGrids.get(0), xflGrids.get(1)));
        staff("volunteer", "刘芳", "13800000004", StaffRole.VOLUNTEER, Set.of(xfl));
        staff("liaison", "陈静", "13800000005", StaffRole.UNIT_LIAISON, Set.of(xfl));
        staff("viewer", "赵磊", "13800000006", StaffRole.VIEWER, Set.of(subDistrict));
        LOG.info("Demo data seeded: 1 sub-district, 3 communities, 13 grids, buildings and 6 staff accounts");
    }

    private Area area(AreaLevel level, Area parent, String code, String name, String description) {
        Area area = new Area();
        area.level = level;
        area.parent = parent;
        area.code = code;
        area.name = name;
        area.description = description;
        area.insert();
        return area;
    }

    private void staff(String username, String name, String phone, StaffRole role, Set<Area> areas) {
        Staff staff = new Staff();
        staff.username = username;
        staff.displayName = name;
        staff.phone = phone;
        staff.role = role;
        staff.areas.addAll(areas);
        staff.persist();
    }
}
