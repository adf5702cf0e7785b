package com.gridwork.upload;

import com.gridwork.access.StaffRole;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import com.gridwork.testsupport.TestTokens;
import com.gridwork.testsupport.VisitFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.gridwork.issue.IssueApi.body;
import static com.gridwork.issue.IssueApi.category;
import static com.gridwork.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class PhotoUploadTest {
    private static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'
    };
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F'};

    @Inject
    Fixtures fixtures;

    @Inject
    VisitFixtures visits;

    @Inject
    PhotoUploadTestData data;

    @Inject
    PhotoUploadPurge purge;

    World w;
    long household;

    @BeforeEach
    void world() {
        w = fixtures.world();
        household = visits.household(w.gridA1());
    }

    private static ValidatableResponse upload(String user, byte[] content) {
        return given().auth()
                .oauth2(TestTokens.of(user))
                .multiPart("file", "photo.bin", content, "image/png")
                .post("/api/photo-uploads")
                .then();
    }

    private static long uploaded(String user, byte[] content) {
        return upload(user, content).statusCode(201).extract().jsonPath().getLong("id");
    }

    private Map<String, Object> visit(List<Long> uploadIds) {
        Map<String, Object> body = VisitFixtures.visitBody(household);
        body.put("photoUploadIds", uploadIds);
        return body;
    }

    private static ValidatableResponse recordVisit(String user, Map<String, Object> body) {
        return as(user).body(body).post("/api/visits").then();
    }

    @Test
    void anUploadIsRecognisedByContentAndKeptADay() {
        Instant before = Instant.now();
        ValidatableResponse ok = upload(w.workerA1(), JPEG)
                .statusCode(201)
                .body("contentType", equalTo("image/jpeg"))
                .body("sizeBytes", equalTo(JPEG.length));
        Instant expires = Instant.parse(ok.extract().jsonPath().getString("expiresAt"));
        assertThat(expires)
                .isBetween(before.plus(Duration.ofHours(24)), Instant.now().plus(Duration.ofHours(24)));
        upload(w.workerA1(), "not an image".getBytes()).statusCode(400).body("violations.field", contains("file"));
        // a viewer records nothing, so it has nothing to upload for
        upload(w.viewer(), PNG).statusCode(403);
    }

    @Test
    void aVisitTakesItsUploadsAsPhotosOnce() {
        long first = uploaded(w.workerA1(), PNG);
        long second = uploaded(w.workerA1(), JPEG);
        long visit = recordVisit(w.workerA1(), visit(List.of(first, second)))
                .statusCode(201)
                .body("photos.contentType", contains("image/png", "image/jpeg"))
                .extract()
                .jsonPath()
                .getLong("id");
        assertThat(data.visitPhotoBytes(visit)).isEqualTo(PNG);
        as(w.staffA()).get("/api/visits/" + visit).then().statusCode(200).body("photos.size()", equalTo(2));
        // used: a second record cannot take it again
        recordVisit(w.workerA1(), visit(List.of(second)))
                .statusCode(400)
                .body("violations.field", contains("photoUploadIds[0]"));
    }

    @Test
    void badUploadIdsAreNamedEachWithTheBodysOtherViolations() {
        String otherWorker = fixtures.staff(StaffRole.GRID_WORKER, w.gridA1());
        long theirs = uploaded(otherWorker, PNG);
        long expired = uploaded(w.workerA1(), PNG);
        data.expiresAt(expired, Instant.now().minusSeconds(1));
        long mine = uploaded(w.workerA1(), PNG);
        Map<String, Object> body = visit(new ArrayList<>(List.of(theirs, expired, mine, mine, 999_999_999L)));
        body.remove("mode");
        recordVisit(w.workerA1(), body)
                .statusCode(400)
                .body(
                        "violations.field",
                        containsInAnyOrder(
                                "mode",
                                "photoUploadIds[0]",
                                "photoUploadIds[1]",
                                "photoUploadIds[3]",
                                "photoUploadIds[4]"));
        // nothing was taken by the refused request
        recordVisit(w.workerA1(), visit(List.of(mine))).statusCode(201).body("photos.size()", equalTo(1));
    }

    @Test
    void aVisitTakesAtMostNinePhotos() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ids.add(uploaded(w.workerA1(), PNG));
        }
        as(w.workerA1())
                .header("Accept-Language", "en-US")
                .body(visit(ids))
                .post("/api/visits")
                .then()
                .statusCode(400)
                .body("violations.field", contains("photoUploadIds[9]"))
                .body("violations[0].message", equalTo("at most 9 photos"));
        recordVisit(w.workerA1(), visit(ids.subList(0, 9))).statusCode(201).body("photos.size()", equalTo(9));
    }

    @Test
    void anIssueTakesItsUploadsAsPhotos() {
        long a = uploaded(w.workerA1(), PNG);
        long b = uploaded(w.workerA1(), JPEG);
        Map<String, Object> issue = body(category(w.workerA1(), "SANITATION"), w.gridA1());
        issue.put("photoUploadIds", List.of(a, b));
        long id = as(w.workerA1())
                .body(issue)
                .post("/api/issues")
                .then()
                .statusCode(201)
                .body("photos.contentType", contains("image/png", "image/jpeg"))
                .extract()
                .jsonPath()
                .getLong("issue.id");
        assertThat(data.issuePhotoCount(id)).isEqualTo(2);
        Map<String, Object> again = body(category(w.workerA1(), "SANITATION"), w.gridA1());
        again.put("photoUploadIds", List.of(b));
        as(w.workerA1())
                .body(again)
                .post("/api/issues")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("photoUploadIds[0]"));
    }

    @Test
    void thePurgeDeletesExpiredUploadsOnly() {
        long expired = uploaded(w.workerA1(), PNG);
        long fresh = uploaded(w.workerA1(), PNG);
        data.expiresAt(expired, Instant.now().minusSeconds(60));
        assertThat(purge.run(Instant.now())).isGreaterThanOrEqualTo(1);
        assertThat(data.exists(expired)).isFalse();
        assertThat(data.exists(fresh)).isTrue();
    }
}
