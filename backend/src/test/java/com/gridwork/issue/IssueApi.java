package com.gridwork.issue;

import static com.gridwork.testsupport.Api.as;

import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;

/** Issue requests shared by the issue tests. */
final class IssueApi {
    private IssueApi() {
    }

    /** The id of a platform-default category by code (WATER: 3 working days, OTHER: 10). */
    static long category(String user, String code) {
        return as(user).get("/api/issue-categories").then().statusCode(200)
                .extract().jsonPath().getLong("find { it.code == '" + code + "' }.id");
    }

    static Map<String, Object> body(long categoryId, long areaId) {
        Map<String, Object> body = new HashMap<>();
        body.put("categoryId", categoryId);
        body.put("description", "楼道灯不亮，晚上出行不便");
        body.put("urgency", "NORMAL");
        body.put("channel", "OFFICE");
        body.put("location", Map.of("areaId", areaId));
        body.put("reporter", Map.of("name", "王大爷", "phone", "13812345678"));
        return body;
    }

    static long create(String user, Map<String, Object> body) {
        return as(user).body(body).post("/api/issues").then().statusCode(201).extract().jsonPath().getLong("issue.id");
    }

    static ValidatableResponse act(String user, long id, String action, Object body) {
        return as(user).body(body == null ? Map.of() : body).post("/api/issues/" + id + "/" + action).then();
    }

    static ValidatableResponse get(String user, long id) {
        return as(user).get("/api/issues/" + id).then();
    }
}
