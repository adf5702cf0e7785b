package com.gridwork.registry;

import com.gridwork.testsupport.TestIds;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.gridwork.testsupport.Api.as;

/** Creates households and residents through the API, as a given user. */
public final class RegistryApi {
    private RegistryApi() {}

    public static long household(String user, long gridId, String address, String... tags) {
        return as(user).body(
                        Map.of("gridId", gridId, "address", address, "housingType", "OWNED", "tags", List.of(tags)))
                .post("/api/households")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("household.id");
    }

    /** A household in a flat of a building, unit 1. */
    public static long flat(String user, long gridId, long buildingId, String roomNo, String... tags) {
        return flatInUnit(user, gridId, buildingId, "1", roomNo, tags);
    }

    /** A household in a flat of a building. */
    public static long flatInUnit(
            String user, long gridId, long buildingId, String unitNo, String roomNo, String... tags) {
        return as(user).body(Map.of(
                        "gridId",
                        gridId,
                        "buildingId",
                        buildingId,
                        "unitNo",
                        unitNo,
                        "roomNo",
                        roomNo,
                        "housingType",
                        "OWNED",
                        "tags",
                        List.of(tags)))
                .post("/api/households")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("household.id");
    }

    public static Map<String, Object> resident(
            long householdId, String name, String idCard, String relation, String... tags) {
        Map<String, Object> body = new HashMap<>();
        body.put("householdId", householdId);
        body.put("name", name);
        body.put("idCard", idCard);
        body.put("phone", TestIds.mobile());
        body.put("ethnicity", "01");
        body.put("relation", relation);
        body.put("registrationType", "LOCAL");
        body.put("tags", List.of(tags));
        return body;
    }

    public static long addResident(String user, Map<String, Object> body) {
        return as(user).body(body)
                .post("/api/residents")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("resident.id");
    }
}
