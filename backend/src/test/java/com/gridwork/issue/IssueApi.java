package com.gridwork.issue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static com.gridwork.testsupport.Api.as;

/** Issue requests shared by the issue tests. */
public final class IssueApi {
    private IssueApi() {}

    /** The id of a platform-default category by code (WATER: 3 working days, OTHER: 10). */
    public static long category(String user, String code) {
        return as(user).get("/api/issue-categories")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("find { it.code == '" + code + "' }.id");
    }

    public static Map<String, Object> body(long categoryId, long areaId) {
        Map<String, Object> body = new HashMap<>();
        body.put("categoryId", categoryId);
        body.put("description", "楼道灯不亮，晚上出行不便");
        body.put("urgency", "NORMAL");
        body.put("channel", "OFFICE");
        body.put("location", Map.of("areaId", areaId));
        body.put("reporter", Map.of("name", "王大爷", "phone", "13812345678"));
        return body;
    }

    public static long create(String user, Map<String, Object> body) {
        return as(user).body(body)
                .post("/api/issues")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("issue.id");
    }

    /** An issue of the category with this code, received at the given instant (ISO-8601). */
    public static long receivedAt(String user, String categoryCode, long areaId, String at) {
        Map<String, Object> input = body(category(user, categoryCode), areaId);
        input.put("receivedAt", at);
        return create(user, input);
    }

    public static Instant instant(JsonPath json, String path) {
        return Instant.parse(json.getString(path));
    }

    public static ValidatableResponse act(String user, long id, String action, Object body) {
        return as(user).body(body == null ? Map.of() : body)
                .post("/api/issues/" + id + "/" + action)
                .then();
    }

    public static ValidatableResponse get(String user, long id) {
        return as(user).get("/api/issues/" + id).then();
    }
}
