package com.gridwork.issue;

import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.gridwork.issue.IssueApi.act;
import static com.gridwork.issue.IssueApi.get;
import static com.gridwork.testsupport.Api.as;
import static org.hamcrest.Matchers.equalTo;

/** Deadlines count on the working calendar of the issue's sub-district: its own year where it entered one. */
@QuarkusTest
class SubDistrictDeadlineTest {
    @Inject
    Fixtures fixtures;

    private static long receivedAt(World w, String at) {
        return IssueApi.receivedAt(w.staffA(), "WATER", w.gridA1(), at); // 3 working days
    }

    @Test
    void anIssueCountsOnTheCalendarOfItsSubDistrict() {
        World a = fixtures.world();
        World b = fixtures.world();
        // A's own 2026: the default's days plus two local holidays, Wed 18 and Mon 23 November.
        List<Map<String, Object>> days = new ArrayList<>(as(a.admin())
                .get("/api/calendar/2026")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("days"));
        days.add(Map.of("date", "2026-11-18", "kind", "HOLIDAY", "name", "街道成立纪念日"));
        days.add(Map.of("date", "2026-11-23", "kind", "HOLIDAY", "name", "街道成立纪念日"));
        as(a.admin())
                .body(Map.of("days", days))
                .put("/api/calendar/2026?subDistrictId=" + a.subDistrict())
                .then()
                .statusCode(200);

        // Received Mon 16 Nov, 10:00 Beijing. In B (the default): Tue 17, Wed 18, Thu 19. In A Wed 18 rests: Fri 20.
        long inA = receivedAt(a, "2026-11-16T02:00:00Z");
        long inB = receivedAt(b, "2026-11-16T02:00:00Z");
        get(a.staffA(), inA).statusCode(200).body("issue.dueAt", equalTo("2026-11-20T16:00:00Z"));
        get(b.staffA(), inB).statusCode(200).body("issue.dueAt", equalTo("2026-11-19T16:00:00Z"));

        // An approved extension of 1 working day after Fri 20 skips A's Mon 23 too: Tue 24 (the default: Mon 23).
        act(a.staffA(), inA, "accept", null).statusCode(200);
        act(a.staffA(), inA, "assign", Map.of("handlerId", fixtures.staffId(a.workerA1())))
                .statusCode(200);
        act(a.workerA1(), inA, "extensions", Map.of("days", 1, "reason", "需协调供水公司"))
                .statusCode(200);
        long extension = get(a.staffA(), inA).extract().jsonPath().getLong("extensions[0].id");
        act(a.staffA(), inA, "extensions/" + extension + "/approve", Map.of("comment", "同意"))
                .statusCode(200)
                .body("issue.dueAt", equalTo("2026-11-24T16:00:00Z"));
    }
}
