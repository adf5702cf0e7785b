package com.gridwork.common;

import com.gridwork.testsupport.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static com.gridwork.testsupport.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** Failures outside any feature still answer problem+json, in the caller's language, with nothing internal. */
@QuarkusTest
class ProblemDetailsTest {
    @Inject
    Fixtures fixtures;

    @Test
    void unknownAddressesMethodsAndMediaTypes() {
        String admin = fixtures.world().admin();
        as(admin)
                .get("/api/no-such-thing")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("未找到"));
        as(admin)
                .header("Accept-Language", "en-US,en;q=0.8")
                .get("/api/no-such-thing")
                .then()
                .statusCode(404)
                .header("Content-Language", "en-US")
                .body("title", equalTo("Not found"));
        as(admin).delete("/api/me").then().statusCode(405).contentType("application/problem+json");
        as(admin)
                .contentType("text/plain")
                .body("hello")
                .post("/api/areas")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body(not(containsString("java.")));
        as(admin)
                .get("/api/areas/not-a-number")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("id"));
    }
}
