package com.gridwork.issue.photo;

import com.gridwork.access.StaffRole;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import com.gridwork.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.gridwork.issue.IssueApi.body;
import static com.gridwork.issue.IssueApi.category;
import static com.gridwork.issue.IssueApi.create;
import static com.gridwork.issue.IssueApi.get;
import static com.gridwork.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class IssuePhotoTest {
    /** The smallest valid PNG signature and header: enough for the content check. */
    private static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'
    };

    @Inject
    Fixtures fixtures;

    World w;

    @BeforeEach
    void world() {
        w = fixtures.world();
    }

    @Test
    void photosAreCheckedByContentAndServedInScope() {
        long issue = create(w.staffA(), body(category(w.staffA(), "SANITATION"), w.gridA1()));
        given().auth()
                .oauth2(TestTokens.of(w.workerA1()))
                .multiPart("file", "a.png", PNG, "image/png")
                .post("/api/issues/" + issue + "/photos")
                .then()
                .statusCode(200)
                .body("photos.size()", equalTo(1))
                .body("photos[0].contentType", equalTo("image/png"));
        given().auth()
                .oauth2(TestTokens.of(w.workerA1()))
                .multiPart("file", "a.png", "not an image".getBytes(), "image/png")
                .post("/api/issues/" + issue + "/photos")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("file"));
        long photo = get(w.staffA(), issue).extract().jsonPath().getLong("photos[0].id");
        byte[] served = given().auth()
                .oauth2(TestTokens.of(w.staffA()))
                .get("/api/issues/" + issue + "/photos/" + photo)
                .then()
                .statusCode(200)
                .contentType("image/png")
                .extract()
                .asByteArray();
        assertThat(served).isEqualTo(PNG);
        String staffB = fixtures.staff(StaffRole.COMMUNITY_STAFF, w.communityB());
        given().auth()
                .oauth2(TestTokens.of(staffB))
                .get("/api/issues/" + issue + "/photos/" + photo)
                .then()
                .statusCode(404);
        as(w.viewer())
                .delete("/api/issues/" + issue + "/photos/" + photo)
                .then()
                .statusCode(403);
        as(w.staffA())
                .delete("/api/issues/" + issue + "/photos/" + photo)
                .then()
                .statusCode(200)
                .body("photos", equalTo(List.of()))
                .body("events.type", hasItem("PHOTO_REMOVED"));
    }
}
