package com.gridwork.common;

import com.gridwork.access.StaffRole;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** A multipart Content-Type with an empty boundary (found by ApiFuzzTest: Quarkus' parser failed with a 500). */
@QuarkusTest
class MultipartBoundaryTest {
    @Inject
    Fixtures fixtures;

    @Test
    void anEmptyBoundaryIsA400NamingTheFilePart() {
        String admin = fixtures.staff(StaffRole.STREET_ADMIN);
        byte[] body =
                "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.xlsx\"\r\n\r\nabc\r\n--x--\r\n"
                        .getBytes(StandardCharsets.US_ASCII);
        for (String type : List.of("multipart/form-data; boundary=", "multipart/form-data; boundary=\"\"")) {
            given().auth()
                    .oauth2(TestTokens.of(admin))
                    .contentType(type)
                    .body(body)
                    .post("/api/registry/import?dryRun=true")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations.field", equalTo(List.of("file")));
        }
    }
}
