package com.gridwork.fuzz;

import com.gridwork.access.StaffRole;
import com.gridwork.area.AreaLevel;
import com.gridwork.cobuild.project.ProjectTestData;
import com.gridwork.common.time.BeijingTime;
import com.gridwork.dictionary.DictionaryCategory;
import com.gridwork.fuzz.Contract.Operation;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.PartyFixtures;
import com.gridwork.testsupport.PartyPostFixtures;
import com.gridwork.testsupport.TestIds;
import com.gridwork.testsupport.TestTokens;
import com.gridwork.testsupport.VisitCoverageFixtures;
import com.gridwork.testsupport.VisitFixtures;
import com.gridwork.testsupport.VolunteerFixtures;
import com.gridwork.visit.VisitQuestionKind;
import com.gridwork.visit.VisitTestData;
import com.gridwork.visit.obligation.ObligationGenerator;
import com.gridwork.visit.rule.PeriodKind;
import com.gridwork.visit.rule.VisitResponsible;
import com.gridwork.visit.rule.VisitTarget;
import com.gridwork.volunteer.activity.ActivityStatus;
import com.gridwork.volunteer.activity.SignUpMode;
import com.gridwork.volunteer.activity.SignUpStatus;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.Reporter;
import org.quicktheories.generators.Generate;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static com.gridwork.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

/**
 * Contract fuzzing (issue 11): every operation of openapi.yaml gets generated valid requests and, for each of its
 * inputs, requests that are hostile there, as a street-admin of the whole platform and without a valid token.
 * Every answer must keep the rules of {@link Oracle}. Requests are generated and shrunk by QuickTheories (which,
 * unlike jqwik, runs inside a JUnit 5 test, so inside {@code @QuarkusTest}); a failing request is shrunk towards the
 * simplest one with the same failure, and the failures are reported by operation and cause in
 * {@code target/fuzz-report.txt}.
 *
 * <p>Reproducible: a fixed seed. Explore with {@code -Dfuzz.seed=N}, {@code -Dfuzz.tries=N} (valid requests per
 * operation; each hostile input gets a quarter, the unauthenticated pass half), {@code -Dfuzz.only=REGEX} (operations
 * whose "METHOD /path" matches), {@code -Dfuzz.budget=SECONDS} (for further rounds) and {@code -Dfuzz.shrinks=N}.
 */
@QuarkusTest
@TestProfile(ApiFuzzTest.OwnDatabase.class)
class ApiFuzzTest {
    /**
     * An application start of its own, and with it a database of its own: valid requests change platform-wide
     * settings (code lists, categories, calendars) that other test classes count on.
     */
    public static class OwnDatabase implements QuarkusTestProfile {}

    static final long DEFAULT_SEED = 20_261_204L;
    private static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'
    };
    /** Rounds per input while new causes of failure turn up. */
    private static final int ROUNDS = 3;

    private static final Map<String, Integer> METHOD_ORDER =
            Map.of("GET", 0, "PUT", 1, "POST", 2, "PATCH", 3, "DELETE", 4);
    private static final Reporter QUIET = new Reporter() {
        @Override
        public void falisification(
                long seed,
                int examples,
                Object smallest,
                Throwable cause,
                List<Object> others,
                org.quicktheories.api.AsString<Object> toString) {}

        @Override
        public void falisification(
                long seed,
                int examples,
                Object smallest,
                List<Object> others,
                org.quicktheories.api.AsString<Object> toString) {}

        @Override
        public void valuesExhausted(int examples) {}
    };

    @Inject
    Fixtures fixtures;

    @Inject
    PartyFixtures party;

    @Inject
    VolunteerFixtures volunteers;

    @Inject
    VisitFixtures visitFixtures;

    @Inject
    ObligationGenerator obligationGenerator;

    @Inject
    VisitTestData visitData;

    @Inject
    VisitCoverageFixtures coverageFixtures;

    @Inject
    PartyPostFixtures partyPostFixtures;

    @Inject
    ProjectTestData projectData;

    @TestHTTPResource("/")
    URL base;

    private final long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
    private final int tries = Integer.getInteger("fuzz.tries", 20);
    private final int shrinks = Integer.getInteger("fuzz.shrinks", 12);
    private final String only = System.getProperty("fuzz.only", "");
    /** After this many seconds, a failing input gets no further rounds (every input still gets its first). */
    private final long deadline = System.nanoTime() + Long.getLong("fuzz.budget", 90) * 1_000_000_000L;

    private String admin;

    /** Operations only volunteer accounts may call (their own sign-ups, hours, certificate, wishes): fuzzed as the seeded volunteer. */
    private static final Set<String> VOLUNTEER_OPERATIONS = Set.of(
            "listOpenActivities",
            "getOpenActivity",
            "signUpForActivity",
            "listMySignUps",
            "withdrawSignUp",
            "getMyVolunteerLedger",
            "reportVolunteerHours",
            "getOwnVolunteerCertificate",
            "listMyPartyReports",
            "prefillMyPartyReport",
            "submitMyPartyReport",
            "listOpenPartyPosts",
            "claimPartyPost",
            "listMyPartyPostClaims",
            "releasePartyPostClaim",
            "listMyPartyServiceLogs",
            "createPartyServiceLog",
            "addPartyServicePhoto",
            "listOpenMicroWishes",
            "listMyMicroWishClaims");

    private String volunteer;
    private Client client;
    private Oracle oracle;
    private final Findings findings = new Findings();

    @Test
    void everyOperationKeepsTheContractForValidAndHostileRequests() throws IOException {
        long started = System.nanoTime();
        Contract contract = Contract.load(Path.of("..", "openapi.yaml"));
        List<Operation> operations = contract.operations().stream()
                .filter(op -> only.isEmpty() || op.key().matches(only))
                .sorted(Comparator.comparing((Operation op) -> METHOD_ORDER.getOrDefault(op.method(), 9)))
                .toList();
        World world = seedWorld();
        Requests requests = new Requests(contract, world);
        oracle = new Oracle(contract.validator());
        long fuzzing = System.nanoTime();
        Set<String> readable = contract.operations().stream()
                .filter(op -> op.method().equals("GET"))
                .map(Operation::path)
                .collect(Collectors.toSet());
        String root = base.toString().replaceAll("/$", "");
        client = new Client(root, readable);
        List<String> unauthenticated = List.of(
                "",
                "Bearer not-a-token",
                "Bearer " + TestTokens.expired(admin),
                "Bearer " + TestTokens.withAudience(admin, "someone-else"),
                "Basic YWRtaW46YWRtaW4=",
                "Bearer");

        for (Operation op : operations) {
            List<Requests.Target> targets;
            Gen<FuzzRequest> valid;
            try {
                valid = requests.valid(op);
                targets = requests.hostile(op);
            } catch (NoGenerator e) {
                findings.cannotGenerate(op, e.getMessage());
                continue;
            }
            run(op, "valid", valid, tries, true);
            for (Requests.Target target : targets) {
                run(op, target.name(), target.requests(), Math.max(3, tries / 4), true);
            }
            List<Gen<FuzzRequest>> all = new ArrayList<>();
            all.add(valid);
            targets.forEach(t -> all.add(t.requests()));
            Gen<FuzzRequest> any = Generate.pick(all).flatMap(g -> g);
            Gen<FuzzRequest> withoutToken = any.zip(Generate.pick(unauthenticated), (r, auth) -> {
                if (!auth.isEmpty()) {
                    r.headers.put("Authorization", auth);
                }
                return r;
            });
            run(op, "without a valid token", withoutToken, Math.max(3, tries / 2), false);
        }

        String report = findings.report(
                operations,
                seed,
                tries,
                client.sent,
                (fuzzing - started) / 1e9,
                (System.nanoTime() - fuzzing) / 1e9,
                world.summary());
        Path file = Path.of("target", "fuzz-report.txt");
        Files.createDirectories(file.getParent());
        Files.write(file, report.getBytes(StandardCharsets.UTF_8)); // a stray unpaired surrogate becomes "?"
        System.out.println(report);
        // Coverage: an operation that got no request (no generator for one of its inputs) fails like any other.
        assertThat(findings.unexercised(operations))
                .as("operations without requests")
                .isEmpty();
        assertThat(findings.isEmpty()).as(findings.summary(operations, file)).isTrue();
    }

    /**
     * One property: every request {@code gen} makes for {@code op} is answered within the rules. QuickTheories stops
     * at a failure and shrinks it; causes already known then count as passing, so further rounds (other seeds, while
     * the time budget lasts) look for the next cause behind the first.
     */
    private void run(Operation op, String target, Gen<FuzzRequest> gen, int examples, boolean authenticated) {
        String caller = VOLUNTEER_OPERATIONS.contains(op.operationId()) ? volunteer : admin;
        String token = authenticated ? "Bearer " + TestTokens.of(caller) : null;
        Set<String> known = new HashSet<>();
        for (int round = 0; round < ROUNDS; round++) {
            long theorySeed = seed ^ ((long) (op.key() + "|" + target + "|" + round).hashCode() * 0x9E3779B97F4A7C15L);
            String[] shrinking = {null};
            qt().withFixedSeed(theorySeed)
                    .withExamples(examples)
                    .withShrinkCycles(shrinks)
                    .withReporter(QUIET)
                    .forAll(gen)
                    .check(request -> {
                        Oracle.Response response = client.send(request, token);
                        findings.count(op, response.status());
                        Optional<Oracle.Verdict> verdict = oracle.judge(op, request, authenticated, response);
                        if (verdict.isEmpty()) {
                            return true;
                        }
                        String cause =
                                verdict.get().kind() + " " + (response.status() == 0 ? "" : response.status() + " ")
                                        + "@ " + request.target + (authenticated ? "" : " (without a valid token)");
                        findings.record(op, cause, verdict.get(), request, response);
                        if (shrinking[0] == null && !known.contains(cause)) {
                            shrinking[0] = cause;
                        }
                        if (cause.equals(shrinking[0])) {
                            return false;
                        }
                        known.add(cause);
                        return true;
                    });
            if (shrinking[0] == null || System.nanoTime() > deadline) {
                break;
            }
            known.add(shrinking[0]);
        }
        findings.exercised(op);
    }

    // ---- the world the valid requests refer to ----

    /**
     * The ids valid requests use: only what this test makes (its own sub-district, accounts, categories, a dictionary
     * value, calendar years no seed data fills). The acting administrator is not among the accounts, or a valid PUT
     * could take its own rights away mid-run.
     */
    private World seedWorld() {
        World world = new World();
        Fixtures.World w = fixtures.world();
        admin = fixtures.staff(StaffRole.STREET_ADMIN); // no areas: the whole platform
        long building = fixtures.area(AreaLevel.BUILDING, w.gridA1(), "1号楼");
        world.id("subDistricts", w.subDistrict());
        long visitRule = visitFixtures.rule(
                w.subDistrict(),
                VisitTarget.ALL_HOUSEHOLDS,
                VisitResponsible.GRID_WORKER,
                PeriodKind.HALF_YEAR,
                null,
                LocalDate.of(2026, 1, 1));
        world.id("visitRules", visitRule)
                .id(
                        "visitPeriods",
                        coverageFixtures.period(visitRule, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)));
        world.id("communities", w.communityA()).id("communities", w.communityB());
        for (long grid : List.of(w.gridA1(), w.gridA2(), w.gridB1(), w.gridB2())) {
            world.id("grids", grid);
        }
        world.id("buildings", building);
        for (long area : List.of(
                w.subDistrict(),
                w.communityA(),
                w.communityB(),
                w.gridA1(),
                w.gridA2(),
                w.gridB1(),
                w.gridB2(),
                building)) {
            world.id("areas", area);
        }
        world.username(admin);
        for (String user : List.of(w.admin(), w.staffA(), w.workerA1(), w.viewer())) {
            world.username(user).id("staff", fixtures.staffId(user));
        }
        for (DictionaryCategory category : DictionaryCategory.values()) {
            JsonPath entries = as(admin)
                    .queryParam("category", category.name())
                    .get("/api/dictionary")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            world.codes(category.name(), entries.getList("code", String.class));
        }
        long entry = as(admin)
                .body(Map.of(
                        "category",
                        "HOUSEHOLD_TAG",
                        "code",
                        "FUZZ_" + TestIds.mobile().substring(3),
                        "name",
                        "模糊测试",
                        "sortOrder",
                        50,
                        "subDistrictId",
                        w.subDistrict()))
                .post("/api/dictionary")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        world.id("dictionary", entry);
        for (String code : List.of("FUZZ_ROAD", "FUZZ_NOISE")) {
            world.id(
                    "issueCategories",
                    as(admin)
                            .body(Map.of(
                                    "code",
                                    code,
                                    "name",
                                    "模糊测试" + code,
                                    "timeLimitDays",
                                    5,
                                    "sortOrder",
                                    90,
                                    "active",
                                    true,
                                    "subDistrictId",
                                    w.subDistrict()))
                            .post("/api/issue-categories")
                            .then()
                            .statusCode(201)
                            .extract()
                            .jsonPath()
                            .getLong("id"));
        }

        List<String> householdTags = world.codes("HOUSEHOLD_TAG");
        for (int i = 0; i < 3; i++) {
            Map<String, Object> household = new HashMap<>(Map.of(
                    "gridId",
                    w.gridA1(),
                    "housingType",
                    "OWNED",
                    "address",
                    "幸福里" + (i + 1) + "号",
                    "tags",
                    List.of(householdTags.get(i % householdTags.size()))));
            if (i == 0) {
                household.putAll(Map.of("buildingId", building, "unitNo", "1", "roomNo", "101"));
            }
            long id = as(admin)
                    .body(household)
                    .post("/api/households")
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getLong("household.id");
            world.id("households", id);
            for (String relation : List.of("HEAD", "SPOUSE")) {
                Map<String, Object> resident = Map.of(
                        "householdId",
                        id,
                        "name",
                        "居民" + i + relation,
                        "idCard",
                        TestIds.idCard(),
                        "phone",
                        TestIds.mobile(),
                        "ethnicity",
                        "01",
                        "relation",
                        relation,
                        "registrationType",
                        "LOCAL");
                world.id(
                        "residents",
                        as(admin)
                                .body(resident)
                                .post("/api/residents")
                                .then()
                                .statusCode(201)
                                .extract()
                                .jsonPath()
                                .getLong("resident.id"));
            }
        }

        // a pairing of each household, with the admin as helper
        for (long household : world.ids("households")) {
            world.id(
                    "pairings",
                    as(admin)
                            .body(Map.of(
                                    "householdId",
                                    household,
                                    "typeCode",
                                    "MINIMUM_LIVING",
                                    "helper",
                                    Map.of("kind", "STAFF", "staffId", fixtures.staffId(admin)),
                                    "validFrom",
                                    java.time.LocalDate.now().toString()))
                            .post("/api/pairings")
                            .then()
                            .statusCode(201)
                            .extract()
                            .jsonPath()
                            .getLong("id"));
        }

        world.id(
                "talkDays",
                as(admin)
                        .body(Map.of(
                                "communityId",
                                w.communityA(),
                                "date",
                                "2026-11-20",
                                "startTime",
                                "09:00",
                                "endTime",
                                "11:30",
                                "place",
                                "党群服务中心",
                                "hosts",
                                "王书记"))
                        .post("/api/talk-days")
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("talkDay.id"));

        long category = world.ids("issueCategories").get(0);
        List<Long> issues = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Map<String, Object> issue = Map.of(
                    "categoryId",
                    category,
                    "description",
                    "楼道灯不亮" + i,
                    "urgency",
                    "NORMAL",
                    "channel",
                    "OFFICE",
                    "location",
                    Map.of("areaId", w.gridA1()),
                    "reporter",
                    Map.of("name", "王大爷", "phone", "13812345678"));
            issues.add(as(admin)
                    .body(issue)
                    .post("/api/issues")
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getLong("issue.id"));
        }
        issues.forEach(id -> world.id("issues", id));
        // A team of each community, each with a draft activity.
        for (long community : List.of(w.communityA(), w.communityB())) {
            long team = volunteers.team(community, "服务队");
            Instant start = Instant.now().plus(2, ChronoUnit.DAYS);
            world.id("volunteerTeams", team)
                    .id(
                            "activities",
                            volunteers
                                    .activity(
                                            team,
                                            community,
                                            ActivityStatus.DRAFT,
                                            SignUpMode.FIRST_COME,
                                            start,
                                            start.plusSeconds(7200),
                                            5)
                                    .activityId());
        }
        // Co-building units of the sub-district (an issue may be given to one: handlerUnitId), each with a liaison.
        for (int i = 0; i < 2; i++) {
            long unit = party.unit(w.subDistrict(), 20);
            world.id("cobuildUnits", unit).id("cobuildUnitLiaisons", fixtures.staffId(party.liaison(unit)));
        }
        // Volunteer teams an issue of community A may be given to (handlerTeamId).
        world.id("volunteerTeams", volunteers.team(w.communityA(), "服务队"))
                .id("volunteerTeams", volunteers.team(w.subDistrict(), "服务队"));
        // The caller's own notices (the community's staff were told of the issues above, not the admin).
        world.id("notifications", fixtures.notification(fixtures.staffId(admin), issues.get(0)))
                .id("notifications", fixtures.notification(fixtures.staffId(admin), issues.get(1)));
        // One issue in progress with a pending extension, one with a photo, two left new.
        long inProgress = issues.get(1);
        as(admin)
                .body(Map.of())
                .post("/api/issues/" + inProgress + "/accept")
                .then()
                .statusCode(200);
        as(admin)
                .body(Map.of("handlerId", fixtures.staffId(w.workerA1())))
                .post("/api/issues/" + inProgress + "/assign")
                .then()
                .statusCode(200);
        as(w.workerA1())
                .body(Map.of())
                .post("/api/issues/" + inProgress + "/start")
                .then()
                .statusCode(200);
        world.id(
                "extensions",
                as(w.workerA1())
                        .body(Map.of("days", 2, "reason", "需要更换管段"))
                        .post("/api/issues/" + inProgress + "/extensions")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getLong("extensions[0].id"));
        world.id(
                "photos",
                given().auth()
                        .oauth2(TestTokens.of(admin))
                        .multiPart("file", "photo.png", PNG, "image/png")
                        .post("/api/issues/" + issues.get(0) + "/photos")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getLong("photos[0].id"));
        // uploads for photoUploadIds: the acting administrator's own (a valid visit or issue uses one once; after that
        // it is a 400 naming the field, as for any used upload)
        for (int i = 0; i < 3; i++) {
            world.id(
                    "photoUploads",
                    given().auth()
                            .oauth2(TestTokens.of(admin))
                            .multiPart("file", "photo.png", PNG, "image/png")
                            .post("/api/photo-uploads")
                            .then()
                            .statusCode(201)
                            .extract()
                            .jsonPath()
                            .getLong("id"));
        }

        world.id(
                "apiClients",
                as(admin)
                        .body(Map.of(
                                "name",
                                "模糊测试系统",
                                "contactName",
                                "王强",
                                "contactEmail",
                                "ops@fuzz.example.cn",
                                "role",
                                "viewer",
                                "areaIds",
                                List.of(w.subDistrict())))
                        .post("/api/api-clients")
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("client.id"));
        world.id("years", 2097).id("years", 2098).id("years", 2099);
        for (long community : List.of(w.communityA(), w.communityB())) {
            long volunteer = volunteers.volunteer(community, "模糊志愿者");
            world.id("volunteers", volunteer);
            // a confirmed party-member report of the volunteer (its feedback form, 反馈单)
            world.id(
                    "partyReports",
                    party.report(
                            volunteer,
                            community,
                            com.gridwork.common.time.BeijingTime.today().getYear(),
                            com.gridwork.party.PartyReportStatus.ACTIVE,
                            null));
            Map<String, Object> hours = Map.of("serviceDate", "2026-01-05", "minutes", 60, "description", "模糊测试");
            world.id(
                    "hoursEntries",
                    as(admin)
                            .body(hours)
                            .post("/api/volunteers/" + volunteer + "/hours")
                            .then()
                            .statusCode(201)
                            .extract()
                            .jsonPath()
                            .getLong("id"));
        }

        // a published activity of community A with a volunteer's sign-up (the admin organises it)
        long team = volunteers.team(w.communityA(), "模糊测试服务队");
        Instant start = Instant.now().plus(Duration.ofDays(30));
        VolunteerFixtures.ActivityIds activity = volunteers.activity(
                team,
                w.communityA(),
                ActivityStatus.PUBLISHED,
                SignUpMode.FIRST_COME,
                start,
                start.plus(Duration.ofHours(2)),
                10);
        world.id("activities", activity.activityId())
                .id("activitySessions", activity.sessionId())
                .id("activityPosts", activity.postId());
        volunteer = fixtures.staff(StaffRole.VOLUNTEER, w.communityA());
        long volunteerProfile = volunteers.volunteer(w.communityA(), "模糊志愿者");
        volunteers.linkAccount(volunteerProfile, volunteer);
        world.id(
                "signUps",
                as(volunteer)
                        .body(Map.of("postId", activity.postId()))
                        .post("/api/sign-ups/open-activities/" + activity.activityId())
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id"));
        // a session running now with an accepted sign-up (its check-in and attendance)
        Instant runningStart = Instant.now().minusSeconds(600);
        var running = volunteers.activity(
                volunteers.team(w.communityA(), "模糊服务队"),
                w.communityA(),
                ActivityStatus.PUBLISHED,
                SignUpMode.FIRST_COME,
                runningStart,
                runningStart.plusSeconds(7200),
                5);
        world.id("volunteerSessions", running.sessionId());
        world.id(
                "signUps",
                volunteers.signUp(
                        running.sessionId(), volunteers.volunteer(w.communityA(), "模糊志愿者"), SignUpStatus.ACCEPTED));
        // Two volunteers of community A, and a team of it with the first as its leader.
        for (String name : List.of("模糊志愿者甲", "模糊志愿者乙")) {
            world.id(
                    "volunteers",
                    as(admin)
                            .body(Map.of("communityId", w.communityA(), "name", name, "idCard", TestIds.idCard()))
                            .post("/api/volunteers")
                            .then()
                            .statusCode(201)
                            .extract()
                            .jsonPath()
                            .getLong("volunteer.id"));
        }
        long peopleTeam = as(admin)
                .body(Map.of("areaId", w.communityA(), "name", "模糊服务队", "typeCode", "OTHER"))
                .post("/api/volunteer-teams")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("team.id");
        world.id("volunteerTeams", peopleTeam);
        world.id(
                "volunteerTeamMembers",
                as(admin)
                        .body(Map.of("volunteerId", world.ids("volunteers").get(0), "role", "LEADER"))
                        .post("/api/volunteer-teams/" + peopleTeam + "/members")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getLong("members[0].membershipId"));

        // a visit rule of the sub-district with its running period: every household above has an obligation
        LocalDate today = BeijingTime.today();
        long rule = visitFixtures.rule(
                w.subDistrict(),
                VisitTarget.ALL_HOUSEHOLDS,
                VisitResponsible.GRID_WORKER,
                PeriodKind.EVERY_N_DAYS,
                30,
                today);
        long period = obligationGenerator.generate(rule, today).orElseThrow().periodId();
        world.id("visitRules", rule).id("visitPeriods", period);
        as(admin)
                .queryParam("periodId", period)
                .get("/api/visit-obligations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .<Number>getList("items.id")
                .forEach(id -> world.id("visitObligations", id.longValue()));
        // visit rules (the two defaults, made by reading) and a visit question of the fuzz sub-district
        as(admin)
                .queryParam("subDistrictId", w.subDistrict())
                .get("/api/visit-rules")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("id", Long.class)
                .forEach(id -> world.id("visitRules", id));
        world.id(
                "visitQuestions",
                as(admin)
                        .body(Map.of(
                                "subDistrictId",
                                w.subDistrict(),
                                "text",
                                "模糊测试问题",
                                "kind",
                                "CHOICE",
                                "options",
                                List.of("是", "否"),
                                "sortOrder",
                                1,
                                "active",
                                true))
                        .post("/api/visit-questions")
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id"));
        // a bulk reassignment between two staff members of community A (nothing to move: the record is history all the
        // same)
        world.id(
                "pairingReassignments",
                as(admin)
                        .body(Map.of(
                                "from",
                                Map.of("kind", "STAFF", "staffId", fixtures.staffId(w.staffA())),
                                "to",
                                Map.of("kind", "STAFF", "staffId", fixtures.staffId(w.workerA1())),
                                "includeGridObligations",
                                true,
                                "reason",
                                "模糊转交"))
                        .post("/api/pairing-reassignments")
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id"));
        world.id("visitQuestions", visitData.question(w.subDistrict(), VisitQuestionKind.YES_NO, null));
        for (long household : world.ids("households").subList(0, 2)) {
            world.id(
                    "visits",
                    as(admin)
                            .body(Map.of(
                                    "householdId",
                                    household,
                                    "mode",
                                    "PHONE",
                                    "outcome",
                                    "COMPLETED",
                                    "visitedAt",
                                    java.time.Instant.now().toString(),
                                    "locationMissingReason",
                                    "NOT_ON_SITE"))
                            .post("/api/visits")
                            .then()
                            .statusCode(201)
                            .extract()
                            .jsonPath()
                            .getLong("id"));
        }

        // a unit of the sub-district, a member's report and a unit's report to community A (issue 16)
        long unit = party.unit(w.subDistrict(), 30);
        world.id("cobuildUnits", unit);
        long member = volunteers.volunteer(w.communityA(), "模糊党员");
        world.id(
                "partyReports",
                party.report(
                        member,
                        w.communityA(),
                        BeijingTime.today().getYear(),
                        com.gridwork.party.PartyReportStatus.SUBMITTED,
                        unit));
        world.id(
                "partyUnitReports",
                as(admin)
                        .body(Map.of(
                                "unitId",
                                unit,
                                "communityId",
                                w.communityA(),
                                "year",
                                BeijingTime.today().getYear(),
                                "partyMemberTotal",
                                30))
                        .post("/api/party-unit-reports")
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id"));
        // micro-wishes of the first households (community A), the second claimed by the volunteer account
        for (long household : world.ids("households").subList(0, 2)) {
            world.id(
                    "microWishes",
                    as(admin)
                            .body(Map.of("householdId", household, "categoryCode", "STUDY", "title", "模糊心愿"))
                            .post("/api/micro-wishes")
                            .then()
                            .statusCode(201)
                            .extract()
                            .jsonPath()
                            .getLong("id"));
        }
        world.id(
                "microWishClaims",
                as(volunteer)
                        .post("/api/micro-wishes/" + world.ids("microWishes").get(1) + "/claims")
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id"));
        partyPosts(world, w, volunteerProfile);
        seedCoBuildProjects(world, w);

        world.file("image/png", PNG);
        world.file(
                Requests.XLSX,
                given().auth()
                        .oauth2(TestTokens.of(admin))
                        .get("/api/registry/import/template")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray());
        // co-building (issue 16): units of the sub-district paired with A, their resources, points and needs
        for (int i = 0; i < 2; i++) {
            long pairedUnit = party.unit(w.subDistrict(), 10);
            world.id("cobuildUnits", pairedUnit)
                    .id("cobuildAgreements", party.pair(pairedUnit, i == 0 ? w.communityA() : w.communityB()))
                    .id(
                            "cobuildResources",
                            created(
                                    Map.of("unitId", pairedUnit, "fieldCode", "HEALTH", "title", "义诊"),
                                    "/api/cobuild-resources"))
                    .id(
                            "cobuildPointsEntries",
                            created(
                                    Map.of(
                                            "unitId",
                                            pairedUnit,
                                            "points",
                                            5,
                                            "earnedOn",
                                            LocalDate.now().toString(),
                                            "reason",
                                            "加分"),
                                    "/api/cobuild-points/adjustments"))
                    .id(
                            "cobuildNeeds",
                            created(
                                    Map.of(
                                            "communityId",
                                            w.communityA(),
                                            "fieldCode",
                                            "HEALTH",
                                            "title",
                                            "义诊需求",
                                            "source",
                                            "OTHER"),
                                    "/api/cobuild-needs"));
        }
        return world;
    }

    /** Posts of community A (the fuzz volunteer reported to it), the volunteer's claims, and a logged service. */
    private void partyPosts(World world, Fixtures.World w, long volunteerProfile) {
        partyPostFixtures.activeReport(volunteerProfile, w.communityA());
        int year = java.time.LocalDate.now().getYear();
        for (long area : List.of(w.communityA(), w.gridA1())) {
            long post = as(admin)
                    .body(Map.of(
                            "areaId",
                            area,
                            "categoryCode",
                            "SANITATION",
                            "title",
                            "模糊岗位",
                            "capacity",
                            50,
                            "termFrom",
                            year + "-01-01",
                            "termTo",
                            year + "-12-31"))
                    .post("/api/party-posts")
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getLong("id");
            long claim = as(volunteer)
                    .post("/api/party-posts/" + post + "/claims")
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getLong("id");
            long log = as(volunteer)
                    .body(Map.of(
                            "claimId",
                            claim,
                            "serviceDate",
                            BeijingTime.today().toString(),
                            "minutes",
                            30,
                            "description",
                            "模糊服务"))
                    .post("/api/party-service-logs")
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getLong("id");
            world.id("partyPosts", post).id("partyPostClaims", claim).id("partyServiceLogs", log);
        }
    }

    /** A record created by the admin through the API; its id. */
    private long created(Map<String, Object> body, String path) {
        return as(admin)
                .body(body)
                .post(path)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** Failures by operation and cause, with the first and the smallest request that showed each. */
    static final class Findings {
        private record Finding(
                String cause,
                Oracle.Verdict verdict,
                FuzzRequest first,
                Oracle.Response firstAnswer,
                FuzzRequest smallest,
                Oracle.Response smallestAnswer,
                int seen) {}

        private final Map<String, Map<String, Finding>> byOperation = new TreeMap<>();
        private final Map<String, String> cannotGenerate = new TreeMap<>();
        private final Map<String, Map<String, Integer>> statuses = new TreeMap<>();
        private final Set<String> exercised = new HashSet<>();

        void record(Operation op, String cause, Oracle.Verdict verdict, FuzzRequest request, Oracle.Response response) {
            Map<String, Finding> causes = byOperation.computeIfAbsent(op.key(), k -> new LinkedHashMap<>());
            Finding known = causes.get(cause);
            causes.put(
                    cause,
                    known == null
                            ? new Finding(cause, verdict, request, response, request, response, 1)
                            : new Finding(
                                    cause,
                                    verdict,
                                    known.first(),
                                    known.firstAnswer(),
                                    request,
                                    response,
                                    known.seen() + 1));
        }

        void cannotGenerate(Operation op, String why) {
            cannotGenerate.put(op.key(), why);
        }

        void count(Operation op, int status) {
            String bucket = status == 0 ? "none" : status / 100 == 2 ? "2xx" : Integer.toString(status);
            statuses.computeIfAbsent(op.key(), k -> new TreeMap<>()).merge(bucket, 1, Integer::sum);
        }

        void exercised(Operation op) {
            exercised.add(op.key());
        }

        List<String> unexercised(List<Operation> operations) {
            return operations.stream()
                    .map(Operation::key)
                    .filter(k -> !exercised.contains(k))
                    .map(k -> k + (cannotGenerate.containsKey(k) ? ": " + cannotGenerate.get(k) : ""))
                    .toList();
        }

        boolean isEmpty() {
            return byOperation.isEmpty() && cannotGenerate.isEmpty();
        }

        String summary(List<Operation> operations, Path file) {
            int causes = byOperation.values().stream().mapToInt(Map::size).sum();
            return causes + " distinct failures in " + byOperation.size() + " of " + operations.size()
                    + " operations (report: " + file.toAbsolutePath() + ")\n"
                    + byOperation.entrySet().stream()
                            .map(e -> e.getKey() + "\n"
                                    + e.getValue().keySet().stream()
                                            .map(c -> "    " + c)
                                            .collect(Collectors.joining("\n")))
                            .collect(Collectors.joining("\n"));
        }

        String report(
                List<Operation> operations,
                long seed,
                int tries,
                int sent,
                double setup,
                double seconds,
                String world) {
            StringBuilder sb = new StringBuilder();
            sb.append("Contract fuzzing of ")
                    .append(operations.size())
                    .append(" operations: seed ")
                    .append(seed)
                    .append(" (-Dfuzz.seed), ")
                    .append(tries)
                    .append(" valid tries per operation (-Dfuzz.tries), ")
                    .append(sent)
                    .append(" requests in ")
                    .append(String.format("%.1f", seconds))
                    .append(" s (set-up ")
                    .append(String.format("%.1f", setup))
                    .append(" s)\n");
            sb.append("Seeded: ").append(world).append("\n\n");
            for (Operation op : operations) {
                Map<String, Finding> causes = byOperation.getOrDefault(op.key(), Map.of());
                sb.append(causes.isEmpty() && !cannotGenerate.containsKey(op.key()) ? "ok    " : "FAIL  ")
                        .append(op.label())
                        .append("  ")
                        .append(statuses.getOrDefault(op.key(), Map.of()))
                        .append('\n');
            }
            Map<String, List<String>> byCause = new TreeMap<>();
            byOperation.forEach((op, causes) -> causes.keySet()
                    .forEach(c ->
                            byCause.computeIfAbsent(c, k -> new ArrayList<>()).add(op)));
            if (!byCause.isEmpty()) {
                sb.append("\nBy cause:\n");
                byCause.forEach((cause, ops) -> sb.append("  ")
                        .append(cause)
                        .append(": ")
                        .append(ops.size())
                        .append(ops.size() == 1 ? " operation: " : " operations: ")
                        .append(String.join(", ", ops))
                        .append('\n'));
            }
            cannotGenerate.forEach((op, why) -> sb.append("\n== ")
                    .append(op)
                    .append("\n  cannot generate: ")
                    .append(why)
                    .append('\n'));
            byOperation.forEach((op, causes) -> {
                sb.append("\n== ").append(op).append('\n');
                causes.values().forEach(f -> {
                    sb.append("  [")
                            .append(f.cause())
                            .append("] ")
                            .append(f.seen())
                            .append(" request(s)\n");
                    sb.append("    request: ")
                            .append(f.smallest().describe().replace("\n", "\n    "))
                            .append('\n');
                    sb.append("    answer:  ")
                            .append(f.verdict().kind())
                            .append(": ")
                            .append(f.verdict().detail())
                            .append('\n');
                    if (!f.first().describe().equals(f.smallest().describe())) {
                        sb.append("    first seen as: ")
                                .append(f.first().describe().replace("\n", "\n    "))
                                .append('\n');
                    }
                });
            });
            return sb.toString();
        }
    }

    /**
     * A unit paired with community A, its liaison, a need and a resource, a draft project and a claimed one with a
     * milestone (the units, agreements and lists are straight in the database: other parts own their endpoints).
     */
    private void seedCoBuildProjects(World world, Fixtures.World w) {
        long unit = party.unit(w.subDistrict(), 20);
        party.pair(unit, w.communityA());
        String liaison = party.liaison(unit);
        long need = projectData.need(w.communityA());
        long resource = projectData.resource(unit);
        world.id("cobuildUnits", unit).id("cobuildNeeds", need).id("cobuildResources", resource);
        for (int i = 0; i < 2; i++) {
            long project = as(admin)
                    .body(Map.of(
                            "communityId", w.communityA(),
                            "fieldCode", "ELDERLY_CARE",
                            "title", "模糊项目" + i,
                            "needIds", List.of(need),
                            "resourceIds", List.of(resource)))
                    .post("/api/cobuild-projects")
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getLong("id");
            world.id("cobuildProjects", project);
            if (i == 1) {
                as(admin)
                        .post("/api/cobuild-projects/" + project + "/approve")
                        .then()
                        .statusCode(200);
                as(liaison)
                        .post("/api/cobuild-projects/" + project + "/claim")
                        .then()
                        .statusCode(200);
                world.id(
                        "cobuildMilestones",
                        as(liaison)
                                .body(Map.of(
                                        "title",
                                        "模糊节点",
                                        "dueOn",
                                        LocalDate.now().plusDays(5).toString()))
                                .post("/api/cobuild-projects/" + project + "/milestones")
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath()
                                .getLong("milestones[0].id"));
            }
        }
    }
}
