package com.gridwork.registry.household;

import com.gridwork.common.persistence.Like;

import java.util.HashMap;
import java.util.Map;

/**
 * The household list's condition and rank for a search text (JPQL on {@code Household h left join h.building b}).
 *
 * <ul>
 *   <li>An address with a building, unit or room ({@link AddressQuery#structured()}): the parts given must equal the
 *       stored ones, the room may also be the beginning of the stored room (20 → 201, 202); a building name typed before
 *       the number must begin the building's name. Rank 0: every part equal; rank 1: the room only begun. Index
 *       ranges only (ix_household_addr, ix_household_addr_room).
 *   <li>Free text: a free address (bungalow areas) equal (rank 0), beginning with it (1) or containing it (2); a
 *       building name containing it, or a member whose name begins with it (2).
 * </ul>
 */
record AddressMatch(String condition, String rank, Map<String, Object> params) {
    static AddressMatch of(AddressQuery query, String raw) {
        if (query == null) {
            return null;
        }
        Map<String, Object> params = new HashMap<>();
        params.put("addrText", query.text());
        if (query.structured()) {
            StringBuilder same = new StringBuilder("h.addrText = :addrText");
            StringBuilder exact = new StringBuilder();
            StringBuilder begun = new StringBuilder();
            part(exact, begun, "h.addrBuilding = :addrBuilding", "addrBuilding", query.building(), params);
            part(exact, begun, "h.addrUnit = :addrUnit", "addrUnit", query.unit(), params);
            if (query.room() != null) {
                exact.append(" and h.addrRoom = :addrRoom");
                // both, so that the count query (without the rank) uses every parameter the page query binds
                begun.append(" and (h.addrRoom = :addrRoom or h.addrRoom like :addrRoomPrefix)");
                params.put("addrRoom", query.room());
                params.put("addrRoomPrefix", Like.prefix(query.room()));
            }
            if (query.buildingPrefix() != null) {
                exact.append(" and b.name like :buildingName");
                begun.append(" and b.name like :buildingName");
                params.put("buildingName", Like.prefix(query.buildingPrefix()));
            }
            String exactAll = exact.substring(" and ".length());
            return new AddressMatch(
                    "(" + same + " or (" + begun.substring(" and ".length()) + "))",
                    "case when " + same + " or (" + exactAll + ") then 0 else 1 end",
                    params);
        }
        params.put("addrTextPrefix", Like.prefix(query.text()));
        params.put("addrTextPart", Like.contains(query.text()));
        params.put("q", Like.contains(raw));
        params.put("namePrefix", Like.prefix(raw));
        return new AddressMatch(
                "(h.addrText = :addrText or h.addrText like :addrTextPrefix or h.addrText like :addrTextPart"
                        + " or b.name like :q"
                        + " or exists (select 1 from Resident r where r.household = h and r.name like :namePrefix))",
                "case when h.addrText = :addrText then 0 when h.addrText like :addrTextPrefix then 1 else 2 end",
                params);
    }

    private static void part(
            StringBuilder exact,
            StringBuilder begun,
            String condition,
            String name,
            String value,
            Map<String, Object> params) {
        if (value != null) {
            exact.append(" and ").append(condition);
            begun.append(" and ").append(condition);
            params.put(name, value);
        }
    }
}
