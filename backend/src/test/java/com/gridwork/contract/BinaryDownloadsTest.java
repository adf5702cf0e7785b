package com.gridwork.contract;

import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import com.gridwork.testsupport.TestTokens;
import com.gridwork.testsupport.VolunteerFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static com.gridwork.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Downloads (Excel exports and templates, photos) answer any Accept a generic HTTP client or generated client sends
 * for a file: none, {@code *}{@code /*}, {@code application/octet-stream}, or the file's own type. The body keeps its
 * real Content-Type; errors stay problem+json.
 */
@QuarkusTest
class BinaryDownloadsTest {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'
    };
    /** What a browser sends when it follows a download link. */
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Inject
    Fixtures fixtures;

    @Inject
    VolunteerFixtures volunteers;

    World w;

    @BeforeEach
    void world() {
        w = fixtures.world();
    }

    @Test
    void excelDownloadsAcceptGenericAcceptHeaders() throws Exception {
        for (String path : List.of(
                "/api/registry/import/template",
                "/api/registry/export",
                "/api/issues/stats/export?from=2026-11-01&to=2026-11-30",
                "/api/volunteer-hours/export?from=2026-11-01&to=2026-11-30")) {
            for (String accept : List.of("*/*", "application/octet-stream", XLSX, BROWSER)) {
                given().auth()
                        .oauth2(TestTokens.of(w.staffA()))
                        .accept(accept)
                        .get(path)
                        .then()
                        .statusCode(200)
                        .contentType(XLSX);
            }
            HttpResponse<byte[]> bare = withoutAccept(w.staffA(), path);
            assertThat(bare.statusCode()).as(path + " without Accept").isEqualTo(200);
            assertThat(bare.headers().firstValue("Content-Type")).as(path).hasValue(XLSX);
        }
    }

    @Test
    void certificatesAcceptGenericAcceptHeaders() throws Exception {
        long volunteer = volunteers.volunteer(w.communityA(), "下载测试");
        String path = "/api/volunteers/" + volunteer + "/certificate.pdf?from=2026-01-01&to=2026-06-30";
        for (String accept : List.of("*/*", "application/octet-stream", "application/pdf", BROWSER)) {
            byte[] body = given().auth()
                    .oauth2(TestTokens.of(w.staffA()))
                    .accept(accept)
                    .get(path)
                    .then()
                    .statusCode(200)
                    .contentType("application/pdf")
                    .extract()
                    .asByteArray();
            assertThat(new String(body, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                    .as(accept)
                    .isEqualTo("%PDF-");
        }
        HttpResponse<byte[]> bare = withoutAccept(w.staffA(), path);
        assertThat(bare.statusCode()).isEqualTo(200);
        assertThat(bare.headers().firstValue("Content-Type")).hasValue("application/pdf");
        given().auth()
                .oauth2(TestTokens.of(w.staffA()))
                .accept("application/pdf")
                .get("/api/volunteers/" + volunteer + "/certificate.pdf?from=2026-06-30&to=2026-01-01")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void photosAcceptGenericAcceptHeaders() throws Exception {
        long category = as(w.staffA())
                .get("/api/issue-categories")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("find { it.code == 'WATER' }.id");
        long issue = as(w.staffA())
                .body(Map.of(
                        "categoryId",
                        category,
                        "description",
                        "楼道积水",
                        "urgency",
                        "NORMAL",
                        "channel",
                        "OFFICE",
                        "location",
                        Map.of("areaId", w.gridA1()),
                        "reporter",
                        Map.of("name", "王大爷")))
                .post("/api/issues")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("issue.id");
        long photo = given().auth()
                .oauth2(TestTokens.of(w.staffA()))
                .multiPart("file", "a.png", PNG, "image/png")
                .post("/api/issues/" + issue + "/photos")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("photos[0].id");
        String path = "/api/issues/" + issue + "/photos/" + photo;
        for (String accept : List.of("*/*", "application/octet-stream", "image/*", "image/png", BROWSER)) {
            byte[] body = given().auth()
                    .oauth2(TestTokens.of(w.staffA()))
                    .accept(accept)
                    .get(path)
                    .then()
                    .statusCode(200)
                    .contentType("image/png")
                    .extract()
                    .asByteArray();
            assertThat(body).as(accept).isEqualTo(PNG);
        }
        HttpResponse<byte[]> bare = withoutAccept(w.staffA(), path);
        assertThat(bare.statusCode()).isEqualTo(200);
        assertThat(bare.body()).isEqualTo(PNG);
        // A missing photo is still a problem document, whatever the client asked for.
        given().auth()
                .oauth2(TestTokens.of(w.staffA()))
                .accept("application/octet-stream")
                .get(path + "0")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void badInputToADownloadIsAProblemWhateverTheAccept() {
        given().auth()
                .oauth2(TestTokens.of(w.staffA()))
                .accept("application/octet-stream")
                .get("/api/registry/export?status=GONE")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.of(w.staffA()))
                .accept(XLSX)
                .get("/api/issues/stats/export?from=2026-11-30&to=2026-11-01")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    /** REST Assured always sends an Accept header; the JDK client sends none unless asked. */
    private static HttpResponse<byte[]> withoutAccept(String user, String path)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .header("Authorization", "Bearer " + TestTokens.of(user))
                .GET()
                .build();
        assertThat(request.headers().firstValue("Accept")).isEmpty();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
