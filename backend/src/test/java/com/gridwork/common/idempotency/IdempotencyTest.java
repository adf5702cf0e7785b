package com.gridwork.common.idempotency;

import com.gridwork.issue.IssueDtos.IssueCreate;
import com.gridwork.issue.IssueDtos.IssueDetail;
import com.gridwork.issue.IssueIntake;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import com.gridwork.testsupport.TestTokens;
import io.quarkus.arc.ClientProxy;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static com.gridwork.issue.IssueApi.body;
import static com.gridwork.issue.IssueApi.category;
import static com.gridwork.issue.IssueApi.create;
import static com.gridwork.issue.IssueApi.get;
import static com.gridwork.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class IdempotencyTest {
    private static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'
    };

    @Inject
    Fixtures fixtures;

    @Inject
    EntityManager em;

    @Inject
    IdempotencyStore store;

    @Inject
    IssueIntake intake;

    World w;
    long water;

    @BeforeEach
    void world() {
        w = fixtures.world();
        water = category(w.staffA(), "WATER");
    }

    @Test
    void theSameKeyAndBodyGetTheFirstAnswerAgainAndWriteOnce() {
        String key = UUID.randomUUID().toString();
        String description = Fixtures.unique("幂等");
        Response first = issue(w.staffA(), key, json(description));
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.header(IdempotencyFilters.REPLAYED)).isNull();
        assertThat(first.header("ETag")).isNotBlank();

        Response again = issue(w.staffA(), key, json(description));
        assertSameAnswer(again, first);
        // Key order and white space are no part of the request.
        Response reordered =
                issue(w.staffA(), key, "{ \n" + json(description).substring(1).replace(",", ", "));
        assertSameAnswer(reordered, first);

        assertThat(issuesDescribed(description)).isEqualTo(1);
        assertThat(records(w.staffA(), key)).isEqualTo(1);
    }

    @Test
    void theSameKeyForAnotherBodyOrPathIsRefused() {
        String key = UUID.randomUUID().toString();
        String description = Fixtures.unique("幂等");
        Response first = issue(w.staffA(), key, json(description));
        assertThat(first.statusCode()).isEqualTo(201);

        Response changed = issue(w.staffA(), key, json(description + "!"));
        assertReused(changed);
        long id = first.jsonPath().getLong("issue.id");
        Response otherPath = as(w.staffA())
                .header(IdempotencyFilters.KEY, key)
                .body(json(description))
                .post("/api/issues/" + id + "/comments");
        assertReused(otherPath);
        assertThat(issuesDescribed(description)).isEqualTo(1);
        assertThat(issuesDescribed(description + "!")).isZero();
    }

    @Test
    void usersHaveTheirOwnKeys() {
        String key = UUID.randomUUID().toString();
        String description = Fixtures.unique("幂等");
        assertThat(issue(w.staffA(), key, json(description)).statusCode()).isEqualTo(201);
        Response other = issue(w.workerA1(), key, json(description));
        assertThat(other.statusCode()).isEqualTo(201);
        assertThat(other.header(IdempotencyFilters.REPLAYED)).isNull();
        assertThat(issuesDescribed(description)).isEqualTo(2);
    }

    @Test
    void aResendWhileTheFirstRunsIsA409AndADeadFirstIsTakenOver() {
        String key = UUID.randomUUID().toString();
        String description = Fixtures.unique("幂等");
        String body = json(description);
        // The first request, still running: its claim, as it holds it.
        String fingerprint = RequestFingerprint.of("POST", "/api/issues")
                .body(body.getBytes(StandardCharsets.UTF_8))
                .hex();
        IdempotencyStore.Claim claim = store.claim("sub-" + w.staffA(), key, fingerprint, Instant.now());
        assertThat(claim).isInstanceOf(IdempotencyStore.Run.class);

        Response resent = issue(w.staffA(), key, body);
        assertThat(resent.statusCode()).as(resent.asString()).isEqualTo(409);
        assertThat(resent.jsonPath().getString("type")).endsWith("idempotency-key-in-flight");
        assertThat(resent.contentType()).startsWith("application/problem+json");
        assertThat(issuesDescribed(description)).isZero();

        // Its lease ran out (the first request died): the key runs anew.
        sql(
                "update idempotency_key set created_at = created_at - interval 3 minute where subject = ?1"
                        + " and idem_key = ?2",
                "sub-" + w.staffA(),
                key);
        assertThat(issue(w.staffA(), key, body).statusCode()).isEqualTo(201);
        assertThat(issuesDescribed(description)).isEqualTo(1);
        // The dead request cannot store or release what is no longer its own.
        store.release((IdempotencyStore.Run) claim);
        assertThat(issue(w.staffA(), key, body).header(IdempotencyFilters.REPLAYED))
                .isEqualTo("true");
    }

    @Test
    void parallelIdenticalRequestsWriteOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        String description = Fixtures.unique("幂等");
        int n = 8;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Callable<Response>> sends = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                sends.add(() -> issue(w.staffA(), key, json(description)));
            }
            List<Response> answers = new ArrayList<>();
            for (Future<Response> answer : pool.invokeAll(sends)) {
                answers.add(answer.get());
            }
            List<Response> created =
                    answers.stream().filter(r -> r.statusCode() == 201).toList();
            assertThat(answers).allSatisfy(r -> assertThat(r.statusCode()).isIn(201, 409));
            assertThat(created).isNotEmpty();
            assertThat(created)
                    .extracting(Response::asString)
                    .containsOnly(created.get(0).asString());
        } finally {
            pool.shutdownNow();
        }
        assertThat(issuesDescribed(description)).isEqualTo(1);
        assertThat(records(w.staffA(), key)).isEqualTo(1);
    }

    @Test
    void anExpiredKeyRunsAnewAndIsPurged() {
        String key = UUID.randomUUID().toString();
        String description = Fixtures.unique("幂等");
        assertThat(issue(w.staffA(), key, json(description)).statusCode()).isEqualTo(201);
        sql(
                "update idempotency_key set expires_at = ?3 where subject = ?1 and idem_key = ?2",
                "sub-" + w.staffA(),
                key,
                Instant.now().minusSeconds(1));

        Response anew = issue(w.staffA(), key, json(description));
        assertThat(anew.statusCode()).isEqualTo(201);
        assertThat(anew.header(IdempotencyFilters.REPLAYED)).isNull();
        assertThat(issuesDescribed(description)).isEqualTo(2);
        assertThat(records(w.staffA(), key)).isEqualTo(1);

        sql(
                "update idempotency_key set expires_at = ?3 where subject = ?1 and idem_key = ?2",
                "sub-" + w.staffA(),
                key,
                Instant.now().minusSeconds(1));
        assertThat(store.purge(Instant.now())).isPositive();
        assertThat(records(w.staffA(), key)).isZero();
    }

    @Test
    void aServerErrorKeepsNothingSoTheKeyCanBeRetried() {
        IssueIntake real = ClientProxy.unwrap(intake);
        AtomicBoolean down = new AtomicBoolean(true);
        QuarkusMock.installMockForType(
                new IssueIntake() {
                    @Override
                    public IssueDetail create(IssueCreate input) {
                        if (down.get()) {
                            throw new IllegalStateException("database gone");
                        }
                        return real.create(input);
                    }
                },
                IssueIntake.class);
        String key = UUID.randomUUID().toString();
        String description = Fixtures.unique("幂等");
        assertThat(issue(w.staffA(), key, json(description)).statusCode()).isEqualTo(500);
        assertThat(records(w.staffA(), key)).isZero();

        down.set(false);
        Response retried = issue(w.staffA(), key, json(description));
        assertThat(retried.statusCode()).isEqualTo(201);
        assertThat(retried.header(IdempotencyFilters.REPLAYED)).isNull();
        assertThat(issuesDescribed(description)).isEqualTo(1);
    }

    @Test
    void aMultipartBodyIsComparedWithoutItsBoundary() {
        long issue = create(w.staffA(), body(water, w.gridA1()));
        String key = UUID.randomUUID().toString();
        Response first = photo(issue, key, "boundary-one", PNG);
        assertThat(first.statusCode()).as(first.asString()).isEqualTo(200);
        Response again = photo(issue, key, "another-boundary-2", PNG);
        assertSameAnswer(again, first);
        assertThat(get(w.staffA(), issue).extract().jsonPath().getList("photos"))
                .hasSize(1);

        byte[] otherPhoto = PNG.clone();
        otherPhoto[12] = 'J';
        assertReused(photo(issue, key, "boundary-three", otherPhoto));
    }

    @Test
    void aStaleIfMatchAnswerIsKeptLikeAnyOther() {
        long issue = create(w.staffA(), body(water, w.gridA1()));
        String current = get(w.staffA(), issue).extract().header("ETag");
        String key = UUID.randomUUID().toString();
        Response stale = accept(issue, key, "\"999999\"");
        assertThat(stale.statusCode()).isEqualTo(412);
        // The same key with a fresh ETag is the same attempt: its answer stays the 412.
        Response again = accept(issue, key, current);
        assertSameAnswer(again, stale);
        assertThat(accept(issue, UUID.randomUUID().toString(), current).statusCode())
                .isEqualTo(200);
    }

    @Test
    void aMalformedKeyIsA400NamingTheHeader() {
        for (String key : List.of("", "x".repeat(256), "tab\tin key")) {
            Response answer = issue(w.staffA(), key, json(Fixtures.unique("幂等")));
            assertThat(answer.statusCode())
                    .as("key [%s]: %s", key, answer.asString())
                    .isEqualTo(400);
            assertThat(answer.jsonPath().getList("violations.field", String.class))
                    .containsExactly(IdempotencyFilters.KEY);
        }
        assertThat(issue(w.staffA(), "x".repeat(255), json(Fixtures.unique("幂等")))
                        .statusCode())
                .isEqualTo(201);
    }

    @Test
    void anUnreadableContentTypeIsTheEndpointsToRefuse() {
        Response answer = given().auth()
                .oauth2(TestTokens.of(w.staffA()))
                .header(IdempotencyFilters.KEY, UUID.randomUUID().toString())
                .header("Content-Type", "not a media type")
                .body(json(Fixtures.unique("幂等")).getBytes(StandardCharsets.UTF_8))
                .post("/api/issues");
        assertThat(answer.statusCode()).as(answer.asString()).isBetween(400, 499);
    }

    @Test
    void withoutTheHeaderNothingIsKept() {
        String description = Fixtures.unique("幂等");
        assertThat(as(w.workerA1()).body(json(description)).post("/api/issues").statusCode())
                .isEqualTo(201);
        assertThat(as(w.workerA1()).body(json(description)).post("/api/issues").statusCode())
                .isEqualTo(201);
        assertThat(issuesDescribed(description)).isEqualTo(2);
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> ((Number)
                                        em.createNativeQuery("select count(*) from idempotency_key where subject = ?1")
                                                .setParameter(1, "sub-" + w.workerA1())
                                                .getSingleResult())
                                .longValue()))
                .isZero();
    }

    private Response issue(String user, String key, String body) {
        return as(user).header(IdempotencyFilters.KEY, key)
                .header("Accept-Language", "en-US")
                .body(body)
                .post("/api/issues");
    }

    private Response accept(long issue, String key, String ifMatch) {
        return as(w.staffA())
                .header(IdempotencyFilters.KEY, key)
                .header("If-Match", ifMatch)
                .body(Map.of("comment", "受理"))
                .post("/api/issues/" + issue + "/accept");
    }

    private Response photo(long issue, String key, String boundary, byte[] content) {
        RequestSpecification spec = given().auth()
                .oauth2(TestTokens.of(w.staffA()))
                .header(IdempotencyFilters.KEY, key)
                .contentType("multipart/form-data; boundary=" + boundary)
                .multiPart("file", "a.png", content, "image/png");
        return spec.post("/api/issues/" + issue + "/photos");
    }

    /** An issue body as JSON text, so that the test sends exactly these bytes. */
    private String json(String description) {
        return "{\"categoryId\":" + water + ",\"description\":\"" + description + "\",\"urgency\":\"NORMAL\","
                + "\"channel\":\"OFFICE\",\"location\":{\"areaId\":" + w.gridA1() + "},"
                + "\"reporter\":{\"name\":\"王大爷\",\"phone\":\"13812345678\"}}";
    }

    private static void assertSameAnswer(Response replay, Response first) {
        assertThat(replay.statusCode()).isEqualTo(first.statusCode());
        assertThat(replay.header(IdempotencyFilters.REPLAYED)).isEqualTo("true");
        assertThat(replay.asByteArray()).isEqualTo(first.asByteArray());
        for (String header : List.of("Content-Type", "Location", "ETag", "Content-Language")) {
            assertThat(replay.header(header)).as(header).isEqualTo(first.header(header));
        }
    }

    private static void assertReused(Response answer) {
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(422);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.jsonPath().getString("type")).endsWith("idempotency-key-reused");
        assertThat(answer.jsonPath().getString("detail")).contains(IdempotencyFilters.KEY);
    }

    private long issuesDescribed(String description) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("select count(*) from issue where description = ?1")
                                .setParameter(1, description)
                                .getSingleResult())
                        .longValue());
    }

    private long records(String user, String key) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(
                                        "select count(*) from idempotency_key where subject = ?1 and idem_key = ?2")
                                .setParameter(1, "sub-" + user)
                                .setParameter(2, key)
                                .getSingleResult())
                        .longValue());
    }

    private void sql(String statement, Object... parameters) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = em.createNativeQuery(statement);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            query.executeUpdate();
        });
    }
}
