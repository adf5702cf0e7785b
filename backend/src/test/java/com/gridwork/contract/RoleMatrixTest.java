package com.gridwork.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.gridwork.access.StaffRole;
import com.gridwork.common.idempotency.IdempotencyFilters;
import com.gridwork.common.time.BeijingTime;
import com.gridwork.contract.RoleMatrixWorld.Built;
import com.gridwork.contract.RoleMatrixWorld.Kind;
import com.gridwork.contract.RoleMatrixWorld.Place;
import com.gridwork.registry.excel.RegistryColumn;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.TestIds;
import com.gridwork.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.gridwork.access.StaffRole.COMMUNITY_STAFF;
import static com.gridwork.access.StaffRole.GRID_WORKER;
import static com.gridwork.access.StaffRole.STREET_ADMIN;
import static com.gridwork.access.StaffRole.UNIT_LIAISON;
import static com.gridwork.access.StaffRole.VIEWER;
import static com.gridwork.access.StaffRole.VOLUNTEER;
import static com.gridwork.contract.RoleMatrixWorld.Kind.ACCEPTED_ISSUE;
import static com.gridwork.contract.RoleMatrixWorld.Kind.ACTIVITY_POST;
import static com.gridwork.contract.RoleMatrixWorld.Kind.ACTIVITY_SESSION;
import static com.gridwork.contract.RoleMatrixWorld.Kind.API_CLIENT;
import static com.gridwork.contract.RoleMatrixWorld.Kind.BUILDING;
import static com.gridwork.contract.RoleMatrixWorld.Kind.COBUILD_AGREEMENT;
import static com.gridwork.contract.RoleMatrixWorld.Kind.COBUILD_HOME_UNIT;
import static com.gridwork.contract.RoleMatrixWorld.Kind.COBUILD_LIAISON;
import static com.gridwork.contract.RoleMatrixWorld.Kind.COBUILD_MILESTONE;
import static com.gridwork.contract.RoleMatrixWorld.Kind.COBUILD_NEED;
import static com.gridwork.contract.RoleMatrixWorld.Kind.COBUILD_POINTS_ENTRY;
import static com.gridwork.contract.RoleMatrixWorld.Kind.COBUILD_PROJECT;
import static com.gridwork.contract.RoleMatrixWorld.Kind.COBUILD_RESOURCE;
import static com.gridwork.contract.RoleMatrixWorld.Kind.COBUILD_UNIT;
import static com.gridwork.contract.RoleMatrixWorld.Kind.COLLEAGUE;
import static com.gridwork.contract.RoleMatrixWorld.Kind.COMMUNITY;
import static com.gridwork.contract.RoleMatrixWorld.Kind.COVERAGE_PERIOD;
import static com.gridwork.contract.RoleMatrixWorld.Kind.COVERAGE_RULE;
import static com.gridwork.contract.RoleMatrixWorld.Kind.DICTIONARY_ENTRY;
import static com.gridwork.contract.RoleMatrixWorld.Kind.EXTENSION;
import static com.gridwork.contract.RoleMatrixWorld.Kind.GRID;
import static com.gridwork.contract.RoleMatrixWorld.Kind.HOURS_ENTRY;
import static com.gridwork.contract.RoleMatrixWorld.Kind.HOUSEHOLD;
import static com.gridwork.contract.RoleMatrixWorld.Kind.ISSUE;
import static com.gridwork.contract.RoleMatrixWorld.Kind.ISSUE_CATEGORY;
import static com.gridwork.contract.RoleMatrixWorld.Kind.MICRO_WISH;
import static com.gridwork.contract.RoleMatrixWorld.Kind.MICRO_WISH_CLAIM;
import static com.gridwork.contract.RoleMatrixWorld.Kind.MILESTONE_PHOTO;
import static com.gridwork.contract.RoleMatrixWorld.Kind.NOTIFICATION;
import static com.gridwork.contract.RoleMatrixWorld.Kind.OBLIGATION_PERIOD;
import static com.gridwork.contract.RoleMatrixWorld.Kind.OPEN_ACTIVITY;
import static com.gridwork.contract.RoleMatrixWorld.Kind.PAIRING;
import static com.gridwork.contract.RoleMatrixWorld.Kind.PAIRING_REASSIGNMENT;
import static com.gridwork.contract.RoleMatrixWorld.Kind.PARTY_FEEDBACK;
import static com.gridwork.contract.RoleMatrixWorld.Kind.PARTY_POST;
import static com.gridwork.contract.RoleMatrixWorld.Kind.PARTY_POST_CLAIM;
import static com.gridwork.contract.RoleMatrixWorld.Kind.PARTY_POST_CLAIM_OF_COMMUNITY;
import static com.gridwork.contract.RoleMatrixWorld.Kind.PARTY_POST_OF_COMMUNITY;
import static com.gridwork.contract.RoleMatrixWorld.Kind.PARTY_REPORT;
import static com.gridwork.contract.RoleMatrixWorld.Kind.PARTY_REPORT_COMMUNITY;
import static com.gridwork.contract.RoleMatrixWorld.Kind.PARTY_REPORT_UNIT;
import static com.gridwork.contract.RoleMatrixWorld.Kind.PARTY_SERVICE_LOG;
import static com.gridwork.contract.RoleMatrixWorld.Kind.PARTY_SERVICE_LOG_OF_COMMUNITY;
import static com.gridwork.contract.RoleMatrixWorld.Kind.PARTY_SERVICE_PHOTO;
import static com.gridwork.contract.RoleMatrixWorld.Kind.PARTY_UNIT_REPORT;
import static com.gridwork.contract.RoleMatrixWorld.Kind.PHOTO;
import static com.gridwork.contract.RoleMatrixWorld.Kind.PHOTO_UPLOAD;
import static com.gridwork.contract.RoleMatrixWorld.Kind.PROJECT_NEED;
import static com.gridwork.contract.RoleMatrixWorld.Kind.PROJECT_RESOURCE;
import static com.gridwork.contract.RoleMatrixWorld.Kind.PROJECT_UNIT;
import static com.gridwork.contract.RoleMatrixWorld.Kind.RESIDENT;
import static com.gridwork.contract.RoleMatrixWorld.Kind.SIGN_UP_RECORD;
import static com.gridwork.contract.RoleMatrixWorld.Kind.STAFF;
import static com.gridwork.contract.RoleMatrixWorld.Kind.SUB_DISTRICT;
import static com.gridwork.contract.RoleMatrixWorld.Kind.TALK_DAY;
import static com.gridwork.contract.RoleMatrixWorld.Kind.VISIT;
import static com.gridwork.contract.RoleMatrixWorld.Kind.VISIT_OBLIGATION;
import static com.gridwork.contract.RoleMatrixWorld.Kind.VISIT_PHOTO;
import static com.gridwork.contract.RoleMatrixWorld.Kind.VISIT_QUESTION;
import static com.gridwork.contract.RoleMatrixWorld.Kind.VISIT_RULE;
import static com.gridwork.contract.RoleMatrixWorld.Kind.VOLUNTEER_PROFILE;
import static com.gridwork.contract.RoleMatrixWorld.Kind.VOLUNTEER_SESSION;
import static com.gridwork.contract.RoleMatrixWorld.Kind.VOLUNTEER_TEAM;
import static com.gridwork.contract.RoleMatrixWorld.Kind.VOLUNTEER_TEAM_MEMBERSHIP;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The role matrix (issue 12): for every operation of the committed openapi.yaml, a request as each role with the ids
 * it names lying outside that role's scope (see {@link RoleMatrixWorld}), and a request as a viewer for every write
 * with ids inside the viewer's scope. Each must be refused: 403 for a role the operation refuses outright (before the
 * body is even read), 404 for a foreign id in the path or a query filter, 400 naming the field for a foreign id in
 * the body; never 2xx (but for the known deviations the table marks, with their reason), never 5xx.
 *
 * <p>The expectations are the table in {@link #table()}, one row per operationId. An operation of the contract that
 * has no row fails {@link #everyOperationHasARule()}, so no endpoint ships without its rule; so does a row whose
 * operation is gone, or a path parameter or an id-named query or body field that the row does not name.
 */
@QuarkusTest
class RoleMatrixTest {
    private static final Path CONTRACT = Path.of("..", "openapi.yaml");
    private static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'
    };
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final Set<StaffRole> EVERYONE = EnumSet.allOf(StaffRole.class);
    /** Who works with the registry and issues: everyone but volunteers and unit liaisons. */
    private static final Set<StaffRole> REGISTRY_READERS =
            EnumSet.of(STREET_ADMIN, COMMUNITY_STAFF, GRID_WORKER, VIEWER);

    private static final Set<StaffRole> REGISTRY_WRITERS = EnumSet.of(STREET_ADMIN, COMMUNITY_STAFF, GRID_WORKER);
    /**
     * Issue readers, volunteer team leaders and unit liaisons (the issues given to their teams or their unit only:
     * ISSUES_HANDLE_AS_TEAM, ISSUES_HANDLE_AS_UNIT).
     */
    private static final Set<StaffRole> ISSUE_READERS =
            EnumSet.of(STREET_ADMIN, COMMUNITY_STAFF, GRID_WORKER, VIEWER, VOLUNTEER, UNIT_LIAISON);
    /** Who take a handler's steps: issue writers, team leaders and unit liaisons on their teams' or unit's issues. */
    private static final Set<StaffRole> ISSUE_HANDLERS =
            EnumSet.of(STREET_ADMIN, COMMUNITY_STAFF, GRID_WORKER, VOLUNTEER, UNIT_LIAISON);
    /** Who read co-building units: those of their sub-district; a liaison its own unit only (COBUILD_UNITS_READ). */
    private static final Set<StaffRole> UNIT_READERS =
            EnumSet.of(STREET_ADMIN, COMMUNITY_STAFF, GRID_WORKER, VIEWER, UNIT_LIAISON);

    private static final Set<StaffRole> MANAGERS = EnumSet.of(STREET_ADMIN, COMMUNITY_STAFF);
    /** Who read the year-end feedback forms (PARTY_FEEDBACK_READ). */
    private static final Set<StaffRole> FEEDBACK_READERS = EnumSet.of(STREET_ADMIN, COMMUNITY_STAFF, VIEWER);

    private static final Set<StaffRole> ADMINS = EnumSet.of(STREET_ADMIN);
    private static final Set<StaffRole> ACTIVITY_READERS =
            EnumSet.of(STREET_ADMIN, COMMUNITY_STAFF, GRID_WORKER, StaffRole.VOLUNTEER, VIEWER);
    private static final Set<StaffRole> ACTIVITY_MANAGERS =
            EnumSet.of(STREET_ADMIN, COMMUNITY_STAFF, StaffRole.VOLUNTEER);
    /** Volunteer accounts: sign-ups of their own. */
    private static final Set<StaffRole> SIGN_UP = EnumSet.of(StaffRole.VOLUNTEER);
    /** Who runs volunteer activities: staff who manage, and volunteers (for the teams they lead). */
    private static final Set<StaffRole> ORGANISERS = EnumSet.of(STREET_ADMIN, COMMUNITY_STAFF, StaffRole.VOLUNTEER);
    /** Who runs a session's check-in: staff in scope, and volunteer accounts for the teams they lead. */
    private static final Set<StaffRole> ATTENDANCE_ORGANISERS = EnumSet.of(STREET_ADMIN, COMMUNITY_STAFF, VOLUNTEER);
    /** Who reads volunteers and teams: those who read the registry. */
    private static final Set<StaffRole> VOLUNTEER_READERS = REGISTRY_READERS;

    private static final Set<StaffRole> VOLUNTEERS = EnumSet.of(StaffRole.VOLUNTEER);
    /** Who reads a volunteer's profile: the readers, and a volunteer its own (any other is a 404). */
    private static final Set<StaffRole> VOLUNTEER_PROFILE_READERS =
            EnumSet.of(STREET_ADMIN, COMMUNITY_STAFF, GRID_WORKER, VIEWER, StaffRole.VOLUNTEER);
    /** Who read party posts (PARTY_POSTS_READ): staff in scope, viewers, and a member their community's. */
    private static final Set<StaffRole> PARTY_POST_READERS =
            EnumSet.of(STREET_ADMIN, COMMUNITY_STAFF, GRID_WORKER, VOLUNTEER, VIEWER);
    /** Who verify logged service (PARTY_SERVICE_VERIFY): the grid's worker, the community's staff. */
    private static final Set<StaffRole> PARTY_SERVICE_VERIFIERS =
            EnumSet.of(STREET_ADMIN, COMMUNITY_STAFF, GRID_WORKER);
    /** Who see a service photo: the verifiers in scope, and the member who logged the service. */
    private static final Set<StaffRole> PARTY_SERVICE_PHOTO_READERS =
            EnumSet.of(STREET_ADMIN, COMMUNITY_STAFF, GRID_WORKER, VOLUNTEER);
    /** Who claim micro-wishes: volunteer accounts and unit liaisons (MICRO_WISHES_CLAIM). */
    private static final Set<StaffRole> WISH_CLAIMANTS = EnumSet.of(VOLUNTEER, StaffRole.UNIT_LIAISON);
    /** Who cancel a wish's claim: its claimant, or staff managing wishes where it lies. */
    private static final Set<StaffRole> WISH_CANCELLERS =
            EnumSet.of(STREET_ADMIN, COMMUNITY_STAFF, GRID_WORKER, VOLUNTEER, StaffRole.UNIT_LIAISON);
    /** Who record visits: staff in their scope (VISITS_RECORD), a helper's account its paired households. */
    private static final Set<StaffRole> VISITORS = EnumSet.of(STREET_ADMIN, COMMUNITY_STAFF, GRID_WORKER, VOLUNTEER);
    /** Who read visits and obligations: staff in scope (VISITS_READ), and a helper's account its own / its households'. */
    private static final Set<StaffRole> VISIT_READERS =
            EnumSet.of(STREET_ADMIN, COMMUNITY_STAFF, GRID_WORKER, VIEWER, VOLUNTEER);
    /** Who reads volunteers' hours and prints certificates (HOURS_READ): staff who read the registry. */
    private static final Set<StaffRole> HOURS_READERS = REGISTRY_READERS;
    /** Who reads a sub-district's visit questions: visit rule readers, and helpers who record visits. */
    private static final Set<StaffRole> VISIT_QUESTION_READERS =
            EnumSet.of(STREET_ADMIN, COMMUNITY_STAFF, GRID_WORKER, VIEWER, VOLUNTEER);
    /** Who reads visit coverage (VISIT_COVERAGE_READ): those who read the registry. */
    private static final Set<StaffRole> COVERAGE_READERS = REGISTRY_READERS;
    /** Who read their own coverage as the responsible person: coverage readers and helpers (volunteer accounts). */
    private static final Set<StaffRole> OWN_COVERAGE_READERS =
            EnumSet.of(STREET_ADMIN, COMMUNITY_STAFF, GRID_WORKER, VIEWER, VOLUNTEER);

    /** Who read party-member reports (PARTY_REPORTS_READ): those who read the registry. */
    private static final Set<StaffRole> PARTY_REPORT_READERS = REGISTRY_READERS;

    /** Who read agreements, the needs and resources lists and points: staff who read, and unit liaisons. */
    private static final Set<StaffRole> COBUILD_READERS =
            EnumSet.of(STREET_ADMIN, COMMUNITY_STAFF, GRID_WORKER, StaffRole.UNIT_LIAISON, VIEWER);
    /** Who offer and withdraw resources: managers for their sub-district's units, a liaison for its own. */
    private static final Set<StaffRole> RESOURCE_OFFERERS =
            EnumSet.of(STREET_ADMIN, COMMUNITY_STAFF, StaffRole.UNIT_LIAISON);
    /** Who read co-building projects: staff in scope, and a liaison those open to its unit or claimed by it. */
    private static final Set<StaffRole> PROJECT_READERS =
            EnumSet.of(STREET_ADMIN, COMMUNITY_STAFF, GRID_WORKER, StaffRole.UNIT_LIAISON, VIEWER);
    /** Who claim projects and report their milestones: unit-liaison accounts. */
    private static final Set<StaffRole> LIAISONS = EnumSet.of(StaffRole.UNIT_LIAISON);

    @Inject
    RoleMatrixWorld world;

    // ---- the table -------------------------------------------------------------------------------------------

    /**
     * One row per operation: the roles that may call it (every other role gets 403 whatever the ids), the inputs
     * that name records (each tried with a foreign id, the others kept inside the caller's scope), and a valid
     * request built from them.
     */
    static List<Rule> table() {
        return List.of(
                // ---- API clients (street-admins only; a client is theirs when all its areas are)
                op("listApiClients", ADMINS).send(r -> req()),
                op("createApiClient", ADMINS, body("areaIds[0]", COMMUNITY)).send(r -> req().body(apiClient(r))),
                op("updateApiClient", ADMINS, path("id", API_CLIENT), body("areaIds[0]", COMMUNITY))
                        .send(r -> req().path("id", r.id("id")).body(apiClient(r))),
                op("getApiClient", ADMINS, path("id", API_CLIENT)).send(r -> req().path("id", r.id("id"))),
                op("disableApiClient", ADMINS, path("id", API_CLIENT)).send(r -> req().path("id", r.id("id"))),
                op("enableApiClient", ADMINS, path("id", API_CLIENT)).send(r -> req().path("id", r.id("id"))),
                op("rotateApiClientSecret", ADMINS, path("id", API_CLIENT)).send(r -> req().path("id", r.id("id"))),

                // ---- areas
                op("listAreas", EVERYONE, query("parentId", GRID)).send(r -> req().query("parentId", r.id("parentId"))),
                op("createArea", MANAGERS, body("parentId", COMMUNITY))
                        .send(r -> req().body(map(
                                "level",
                                "GRID",
                                "parentId",
                                r.id("parentId"),
                                "code",
                                r.unique("G"),
                                "name",
                                r.unique("矩阵网格"))))
                        .also(
                                STREET_ADMIN,
                                "a new sub-district (the whole platform's only)",
                                403,
                                r -> req().body(map(
                                        "level", "SUB_DISTRICT", "code", r.unique("S"), "name", r.unique("矩阵街道")))),
                op("getAreaTree", EVERYONE).send(r -> req()),
                op("updateArea", MANAGERS, path("id", BUILDING))
                        .send(r ->
                                req().path("id", r.id("id")).body(map("code", r.unique("B"), "name", r.unique("矩阵楼")))),
                op("getArea", EVERYONE, path("id", BUILDING)).send(r -> req().path("id", r.id("id"))),
                op("deleteArea", MANAGERS, path("id", BUILDING)).send(r -> req().path("id", r.id("id"))),

                // ---- audit (no record ids: each caller reads their own entries or their scope's)
                op("listAuditEntries", REGISTRY_WRITERS).send(r -> req()),

                // ---- working calendar
                op("listCalendarSubDistricts", EVERYONE).send(r -> req()),
                op("listCalendarYears", EVERYONE, query("subDistrictId", SUB_DISTRICT))
                        .send(r -> req().query("subDistrictId", r.id("subDistrictId"))),
                op("saveCalendarYear", ADMINS, plain("year"), query("subDistrictId", SUB_DISTRICT))
                        .send(r -> req().path("year", RoleMatrixWorld.YEAR)
                                .query("subDistrictId", r.id("subDistrictId"))
                                .body(map("days", List.of())))
                        .also(
                                STREET_ADMIN,
                                "the platform default (the whole platform's only)",
                                403,
                                r -> req().path("year", RoleMatrixWorld.YEAR).body(map("days", List.of()))),
                op("getCalendarYear", EVERYONE, plain("year"), query("subDistrictId", SUB_DISTRICT))
                        .send(r ->
                                req().path("year", RoleMatrixWorld.YEAR).query("subDistrictId", r.id("subDistrictId"))),
                op("dropCalendarYear", ADMINS, plain("year"), query("subDistrictId", SUB_DISTRICT))
                        .send(r ->
                                req().path("year", RoleMatrixWorld.YEAR).query("subDistrictId", r.id("subDistrictId"))),

                // ---- code lists
                op("listDictionaryEntries", EVERYONE).send(r -> req().query("category", "HOUSEHOLD_TAG")),
                op("createDictionaryEntry", ADMINS, body("subDistrictId", SUB_DISTRICT))
                        .send(r -> req().body(map(
                                "category",
                                "HOUSEHOLD_TAG",
                                "code",
                                r.unique("RM").toUpperCase(),
                                "name",
                                "矩阵标签",
                                "sortOrder",
                                50,
                                "subDistrictId",
                                r.id("subDistrictId")))),
                op("updateDictionaryEntry", ADMINS, path("id", DICTIONARY_ENTRY))
                        .send(r ->
                                req().path("id", r.id("id")).body(map("name", "矩阵标签", "sortOrder", 50, "active", true)))
                        .also(
                                STREET_ADMIN,
                                "a platform default (the whole platform's only)",
                                404,
                                r -> req().path("id", r.built().platformDictionaryEntry())
                                        .body(map("name", "矩阵标签", "sortOrder", 50, "active", true))),

                // ---- households
                op("listHouseholds", REGISTRY_READERS, query("areaId", GRID), query("buildingId", BUILDING))
                        .send(r -> req().query("areaId", r.opt("areaId")).query("buildingId", r.opt("buildingId"))),
                op(
                                "createHousehold",
                                REGISTRY_WRITERS,
                                body("gridId", GRID),
                                body("buildingId", BUILDING),
                                body("landlordHouseholdId", HOUSEHOLD))
                        .send(r -> req().body(map(
                                "gridId",
                                r.id("gridId"),
                                "buildingId",
                                r.id("buildingId"),
                                "unitNo",
                                "9",
                                "roomNo",
                                r.unique("R"),
                                "housingType",
                                "OWNED",
                                "landlordHouseholdId",
                                r.opt("landlordHouseholdId")))),
                op(
                                "updateHousehold",
                                REGISTRY_WRITERS,
                                path("id", HOUSEHOLD),
                                body("landlordHouseholdId", HOUSEHOLD),
                                body("headResidentId", RESIDENT))
                        .send(r -> req().path("id", r.id("id"))
                                .body(map(
                                        "housingType",
                                        "OWNED",
                                        "landlordHouseholdId",
                                        r.opt("landlordHouseholdId"),
                                        "headResidentId",
                                        r.opt("headResidentId")))),
                op("getHousehold", REGISTRY_READERS, path("id", HOUSEHOLD)).send(r -> req().path("id", r.id("id"))),
                op(
                                "moveHousehold",
                                REGISTRY_WRITERS,
                                path("id", HOUSEHOLD),
                                body("gridId", GRID),
                                body("buildingId", BUILDING))
                        .send(r -> req().path("id", r.id("id"))
                                .body(map(
                                        "gridId",
                                        r.id("gridId"),
                                        "buildingId",
                                        r.id("buildingId"),
                                        "unitNo",
                                        "9",
                                        "roomNo",
                                        r.unique("R"),
                                        "reason",
                                        "搬家"))),
                op("moveOutHousehold", REGISTRY_WRITERS, path("id", HOUSEHOLD))
                        .send(r -> req().path("id", r.id("id")).body(map("reason", "迁出"))),
                op("restoreHousehold", REGISTRY_WRITERS, path("id", HOUSEHOLD)).send(r -> req().path("id", r.id("id"))),
                op("revealHouseholdPhone", REGISTRY_WRITERS, path("id", HOUSEHOLD))
                        .send(r -> req().path("id", r.id("id")).body(map("reason", "核实联系方式"))),

                // ---- issue categories
                op("listIssueCategories", REGISTRY_READERS).send(r -> req()),
                op("createIssueCategory", ADMINS, body("subDistrictId", SUB_DISTRICT))
                        .send(r -> req().body(category(r.unique("RM").toUpperCase(), r.id("subDistrictId")))),
                op("updateIssueCategory", ADMINS, path("id", ISSUE_CATEGORY), body("subDistrictId", SUB_DISTRICT))
                        .send(r -> req().path("id", r.id("id"))
                                .body(category(r.built().homeCategoryCode(), r.opt("subDistrictId"))))
                        .also(
                                STREET_ADMIN,
                                "a platform default (the whole platform's only)",
                                404,
                                r -> req().path("id", r.built().platformCategory())
                                        .body(category("OTHER", null))),

                // ---- issues
                // Known deviation: categoryId and handlerId name reference data that carries no area the caller's
                // scope could be checked against (a category may be a platform default every sub-district uses; staff
                // accounts are invisible to all but street-admins), so there is no rule yet to refuse one by. A foreign
                // one narrows the list, which stays inside the scope, to nothing: 200 with an empty page, no leak.
                op(
                                "listIssues",
                                ISSUE_READERS,
                                query("areaId", GRID),
                                query("categoryId", ISSUE_CATEGORY).narrowsToNothing(),
                                query("talkDayId", TALK_DAY),
                                query("handlerId", COLLEAGUE).narrowsToNothing())
                        .send(r -> req().query("areaId", r.opt("areaId"))
                                .query("categoryId", r.opt("categoryId"))
                                .query("talkDayId", r.opt("talkDayId"))
                                .query("handlerId", r.opt("handlerId"))),
                op(
                                "createIssue",
                                REGISTRY_WRITERS,
                                body("categoryId", ISSUE_CATEGORY),
                                body("location.areaId", GRID),
                                body("location.householdId", HOUSEHOLD),
                                body("reporter.residentId", RESIDENT),
                                body("talkDayId", TALK_DAY),
                                body("receivedById", COLLEAGUE),
                                body("photoUploadIds[0]", PHOTO_UPLOAD))
                        .send(r -> req().body(issue(r).with("channel", "OFFICE")
                                .with("talkDayId", r.opt("talkDayId"))
                                .with("receivedById", r.opt("receivedById"))
                                .with("photoUploadIds", optList(r.opt("photoUploadIds[0]"))))),
                op("getIssueAttention", REGISTRY_READERS).send(r -> req()),
                op("getIssueStats", REGISTRY_READERS, query("areaId", GRID))
                        .send(r -> req().query("areaId", r.id("areaId"))
                                .query("from", "2026-01-01")
                                .query("to", "2026-01-31")),
                op("getVolunteerStats", REGISTRY_READERS, query("areaId", COMMUNITY))
                        .send(r -> req().query("areaId", r.id("areaId"))
                                .query("from", "2026-01-01")
                                .query("to", "2026-01-31")),
                op("getVolunteerRanking", REGISTRY_READERS, query("areaId", COMMUNITY))
                        .send(r -> req().query("areaId", r.id("areaId"))
                                .query("from", "2026-01-01")
                                .query("to", "2026-01-31")),
                // ---- visit coverage: a rule of another sub-district, a period of another rule, an area outside: 404
                op(
                                "getVisitCoverage",
                                COVERAGE_READERS,
                                query("ruleId", COVERAGE_RULE),
                                query("periodId", COVERAGE_PERIOD),
                                query("areaId", GRID))
                        .send(r -> coverage(r)),
                op("listVisitCoverageRules", COVERAGE_READERS).send(r -> req()),
                op(
                                "getMyVisitCoverage",
                                OWN_COVERAGE_READERS,
                                query("ruleId", COVERAGE_RULE),
                                query("periodId", COVERAGE_PERIOD))
                        .send(r -> req().query("ruleId", r.id("ruleId")).query("periodId", r.id("periodId"))),
                op(
                                "listVisitCoverageHouseholds",
                                COVERAGE_READERS,
                                query("ruleId", COVERAGE_RULE),
                                query("periodId", COVERAGE_PERIOD),
                                query("areaId", GRID))
                        .send(r -> coverage(r).query("figure", "NOT_VISITED")),
                op(
                                "exportVisitCoverage",
                                COVERAGE_READERS,
                                query("ruleId", COVERAGE_RULE),
                                query("periodId", COVERAGE_PERIOD),
                                query("areaId", GRID))
                        .send(r -> coverage(r)),
                op("getVisitProblemsSolved", COVERAGE_READERS, query("areaId", GRID))
                        .send(r -> req().query("areaId", r.id("areaId")).query("month", "2026-11")),
                // ---- party-building statistics: an area outside the scope is a 404
                op("getPartyBuildingStats", REGISTRY_READERS, query("areaId", GRID))
                        .send(r -> req().query("areaId", r.id("areaId"))),
                op("exportPartyBuildingStats", REGISTRY_READERS, query("areaId", GRID))
                        .send(r -> req().query("areaId", r.id("areaId"))),
                op("exportIssueStats", REGISTRY_READERS, query("areaId", GRID))
                        .send(r -> req().query("areaId", r.id("areaId"))
                                .query("from", "2026-01-01")
                                .query("to", "2026-01-31")),
                op(
                                "updateIssue",
                                REGISTRY_WRITERS,
                                path("id", ISSUE),
                                body("categoryId", ISSUE_CATEGORY),
                                body("location.areaId", GRID),
                                body("location.householdId", HOUSEHOLD),
                                body("reporter.residentId", RESIDENT))
                        .send(r -> req().path("id", r.id("id")).body(issue(r))),
                op("getIssue", ISSUE_READERS, path("id", ISSUE)).send(r -> req().path("id", r.id("id"))),
                op("acceptIssue", MANAGERS, path("id", ISSUE))
                        .send(r -> req().path("id", r.id("id")).body(map())),
                op("rejectIssue", MANAGERS, path("id", ISSUE))
                        .send(r -> req().path("id", r.id("id")).body(map("reason", "不属于受理范围"))),
                // a staff handler or (instead) a volunteer team or a co-building unit: each tried alone, the others
                // left out
                op(
                                "assignIssue",
                                MANAGERS,
                                path("id", ACCEPTED_ISSUE),
                                body("handlerId", COLLEAGUE),
                                body("handlerTeamId", VOLUNTEER_TEAM),
                                body("handlerUnitId", COBUILD_UNIT))
                        .send(r -> req().path("id", r.id("id"))
                                .body(map(
                                        "handlerId",
                                        r.opt("handlerTeamId") == null && r.opt("handlerUnitId") == null
                                                ? r.id("handlerId")
                                                : null,
                                        "handlerTeamId",
                                        r.opt("handlerTeamId"),
                                        "handlerUnitId",
                                        r.opt("handlerUnitId"),
                                        "comment",
                                        "请处理"))),
                op("listIssueHandlerTeams", MANAGERS, path("id", ISSUE)).send(r -> req().path("id", r.id("id"))),
                op("startIssue", ISSUE_HANDLERS, path("id", ISSUE))
                        .send(r -> req().path("id", r.id("id")).body(map())),
                op("resolveIssue", ISSUE_HANDLERS, path("id", ISSUE))
                        .send(r -> req().path("id", r.id("id")).body(map("comment", "已修复"))),
                op("closeIssue", REGISTRY_WRITERS, path("id", ISSUE))
                        .send(r -> req().path("id", r.id("id")).body(map("satisfaction", "SATISFIED"))),
                op("escalateIssue", REGISTRY_WRITERS, path("id", ISSUE))
                        .send(r -> req().path("id", r.id("id")).body(map("reason", "需要街道协调"))),
                op("transferIssue", REGISTRY_WRITERS, path("id", ISSUE), body("toStaffId", COLLEAGUE))
                        .send(r -> req().path("id", r.id("id"))
                                .body(map("toStaffId", r.id("toStaffId"), "reason", "工作调整"))),
                op("commentOnIssue", ISSUE_HANDLERS, path("id", ISSUE))
                        .send(r -> req().path("id", r.id("id")).body(map("comment", "已电话联系"))),
                op("requestIssueExtension", REGISTRY_WRITERS, path("id", ISSUE))
                        .send(r -> req().path("id", r.id("id")).body(map("days", 2, "reason", "等待配件"))),
                op(
                                "approveIssueExtension",
                                MANAGERS,
                                path("id", ISSUE),
                                path("extensionId", EXTENSION).within("id"))
                        .send(r -> req().path("id", r.id("id"))
                                .path("extensionId", r.id("extensionId"))
                                .body(map())),
                op(
                                "rejectIssueExtension",
                                MANAGERS,
                                path("id", ISSUE),
                                path("extensionId", EXTENSION).within("id"))
                        .send(r -> req().path("id", r.id("id"))
                                .path("extensionId", r.id("extensionId"))
                                .body(map("comment", "理由不足"))),
                op("revealIssueReporterPhone", REGISTRY_WRITERS, path("id", ISSUE))
                        .send(r -> req().path("id", r.id("id")).body(map("reason", "回访居民"))),
                op("addIssuePhoto", ISSUE_HANDLERS, path("id", ISSUE))
                        .send(r -> req().path("id", r.id("id")).file("photo.png", PNG, "image/png")),
                op(
                                "getIssuePhoto",
                                ISSUE_READERS,
                                path("id", ISSUE),
                                path("photoId", PHOTO).within("id"))
                        .send(r -> req().path("id", r.id("id")).path("photoId", r.id("photoId"))),
                op(
                                "deleteIssuePhoto",
                                REGISTRY_WRITERS,
                                path("id", ISSUE),
                                path("photoId", PHOTO).within("id"))
                        .send(r -> req().path("id", r.id("id")).path("photoId", r.id("photoId"))),

                // ---- co-building units (issue 16): those of the sub-district around the caller's areas; a liaison
                // reads its own unit only (the matrix's liaison acts for none, so every unit is foreign to it), and
                // the registry rows above refuse the role outright (REGISTRY_READERS leave it out)
                op("listCoBuildUnits", UNIT_READERS, query("subDistrictId", SUB_DISTRICT))
                        .send(r -> req().query("subDistrictId", r.id("subDistrictId"))),
                // "mine" is the matrix liaison's unit (it acts for its sub-district's home unit); staff act for none
                op("getMyCoBuildUnit", UNIT_READERS)
                        .answers(404)
                        .answers(StaffRole.UNIT_LIAISON, 200)
                        .send(r -> req()),
                op("listCoBuildUnitOptions", UNIT_READERS, query("communityId", COMMUNITY))
                        .send(r -> req().query("communityId", r.id("communityId"))),
                op("getCoBuildUnit", UNIT_READERS, path("id", COBUILD_UNIT)).send(r -> req().path("id", r.id("id"))),
                op("createCoBuildUnit", ADMINS, body("subDistrictId", SUB_DISTRICT))
                        .send(r -> req().body(coBuildUnit(r).with("subDistrictId", r.id("subDistrictId")))),
                op("updateCoBuildUnit", ADMINS, path("id", COBUILD_UNIT))
                        .send(r ->
                                req().path("id", r.id("id")).body(coBuildUnit(r).with("status", "ACTIVE"))),
                op("revealCoBuildUnitPhone", MANAGERS, path("id", COBUILD_UNIT))
                        .send(r -> req().path("id", r.id("id")).body(map("reason", "对接共建项目"))),
                op("listCoBuildUnitLiaisons", ADMINS, path("id", COBUILD_UNIT)).send(r -> req().path("id", r.id("id"))),
                op("createCoBuildUnitLiaison", ADMINS, path("id", COBUILD_UNIT))
                        .send(r -> req().path("id", r.id("id"))
                                .body(map("username", r.unique("liaison.").toLowerCase(), "displayName", "联络员"))),
                op(
                                "disableCoBuildUnitLiaison",
                                ADMINS,
                                path("id", COBUILD_UNIT),
                                path("staffId", COBUILD_LIAISON).within("id"))
                        .send(r -> req().path("id", r.id("id")).path("staffId", r.id("staffId"))),

                // ---- notifications: each caller's own; another's notice is foreign to every caller (404)
                op("listNotifications", EVERYONE).send(r -> req()),
                op("getNotificationSummary", EVERYONE).send(r -> req()),
                op("markNotificationRead", EVERYONE, path("id", NOTIFICATION))
                        .ownRecordsOnly()
                        .send(r -> req().path("id", r.id("id"))),
                op("markAllNotificationsRead", EVERYONE).ownRecordsOnly().send(r -> req()),

                // ---- activity sign-ups: volunteers sign up in their community; organisers are staff in scope and
                // volunteers leading the organising team (the matrix's volunteer leads the home team)
                op("listOpenActivities", SIGN_UP).send(r -> req()),
                op("getOpenActivity", SIGN_UP, path("activityId", OPEN_ACTIVITY))
                        .send(r -> req().path("activityId", r.id("activityId"))),
                op(
                                "signUpForActivity",
                                SIGN_UP,
                                path("activityId", OPEN_ACTIVITY),
                                body("postId", ACTIVITY_POST).within("activityId"))
                        .send(r -> req().path("activityId", r.id("activityId")).body(map("postId", r.id("postId")))),
                op("listMySignUps", SIGN_UP).send(r -> req()),
                op("withdrawSignUp", SIGN_UP, path("id", SIGN_UP_RECORD)).send(r -> req().path("id", r.id("id"))),
                // session and post narrow the activity's list: a foreign one selects nothing
                op(
                                "listActivitySignUps",
                                ORGANISERS,
                                query("activityId", OPEN_ACTIVITY),
                                query("sessionId", ACTIVITY_SESSION).narrowsToNothing(),
                                query("postId", ACTIVITY_POST).narrowsToNothing())
                        .send(r -> req().query("activityId", r.id("activityId"))
                                .query("sessionId", r.opt("sessionId"))
                                .query("postId", r.opt("postId"))),
                op("approveSignUp", ORGANISERS, path("id", SIGN_UP_RECORD)).send(r -> req().path("id", r.id("id"))),
                op("rejectSignUp", ORGANISERS, path("id", SIGN_UP_RECORD))
                        .send(r -> req().path("id", r.id("id")).body(map("reason", "矩阵测试"))),
                op("removeSignUp", ORGANISERS, path("id", SIGN_UP_RECORD))
                        .send(r -> req().path("id", r.id("id")).body(map("reason", "矩阵测试"))),

                // ---- the caller and the sign-in settings (nothing of anyone else's to name)
                op("getMe", EVERYONE).send(r -> req()),
                op("getPublicConfig", EVERYONE).send(r -> req()),
                // the caller's own devices: the id is made on the device, nothing of anyone else's can be named
                op("reportDeviceSync", EVERYONE, plain("deviceId"))
                        .ownRecordsOnly()
                        .send(r -> req().path("deviceId", UUID.randomUUID())
                                .body(map("label", "Chrome on Android", "unsentCount", 0))),
                op("forgetDevice", EVERYONE, plain("deviceId"))
                        .ownRecordsOnly()
                        .answers(204)
                        .send(r -> req().path("deviceId", UUID.randomUUID())),

                // ---- volunteer hours: staff in scope read and decide; a volunteer account only its own ledger
                op("getVolunteerLedger", HOURS_READERS, path("id", VOLUNTEER_PROFILE))
                        .send(r -> req().path("id", r.id("id"))),
                op("listVolunteerSignUps", VOLUNTEER_READERS, path("id", VOLUNTEER_PROFILE))
                        .send(r -> req().path("id", r.id("id"))),
                op("backfillVolunteerHours", MANAGERS, path("id", VOLUNTEER_PROFILE))
                        .send(r -> req().path("id", r.id("id")).body(hoursEntry())),
                op("getMyVolunteerLedger", VOLUNTEERS).send(r -> req()),
                // a volunteer's own ledger only: nothing of anyone else's to name
                op("reportVolunteerHours", VOLUNTEERS)
                        .ownRecordsOnly()
                        .answers(201)
                        .send(r -> req().body(hoursEntry().with("evidence", "https://example.org/1.jpg"))),
                op("reverseVolunteerHours", MANAGERS, path("id", HOURS_ENTRY))
                        .send(r -> req().path("id", r.id("id")).body(map("reason", "矩阵冲正"))),
                op(
                                "listVolunteerHoursQueue",
                                MANAGERS,
                                query("communityId", COMMUNITY),
                                query("activityId", RoleMatrixWorld.Kind.ACTIVITY))
                        .send(r -> req().query("communityId", r.opt("communityId"))
                                .query("activityId", r.opt("activityId"))),
                op("decideVolunteerHours", MANAGERS, body("entryIds[0]", HOURS_ENTRY))
                        .send(r -> req().body(map("entryIds", List.of(r.id("entryIds[0]")), "decision", "CONFIRM"))),
                op("listVolunteerHoursMonthLocks", HOURS_READERS, query("subDistrictId", SUB_DISTRICT))
                        .send(r -> req().query("subDistrictId", r.opt("subDistrictId"))),
                op("lockVolunteerHoursMonth", ADMINS, body("subDistrictId", SUB_DISTRICT))
                        .send(r -> req().body(map("subDistrictId", r.id("subDistrictId"), "month", "2001-01"))),
                op("getVolunteerStarLevels", HOURS_READERS, query("subDistrictId", SUB_DISTRICT))
                        .send(r -> req().query("subDistrictId", r.id("subDistrictId"))),
                op("saveVolunteerStarLevels", ADMINS, query("subDistrictId", SUB_DISTRICT))
                        .send(r -> req().query("subDistrictId", r.id("subDistrictId"))
                                .body(map("minHours", List.of(100, 300, 600, 1000, 1500)))),

                // ---- registry import, export and statistics
                op("exportRegistry", REGISTRY_WRITERS, query("gridId", GRID), query("buildingId", BUILDING))
                        .send(r -> req().query("gridId", r.opt("gridId")).query("buildingId", r.opt("buildingId"))),
                // Known deviation: the import answers every readable file with its report (200), by design: a grid
                // outside the scope is an error of its rows ("as if the grid did not exist"), and nothing is imported.
                op("importRegistry", REGISTRY_WRITERS, file("file", GRID, RegistryColumn.GRID_CODE.header()))
                        .send(r ->
                                req().query("dryRun", false).file("registry.xlsx", r.importFile(r.id("file")), XLSX)),
                op("getRegistryImportTemplate", REGISTRY_WRITERS).send(r -> req()),
                op("getRegistryStats", REGISTRY_READERS, query("areaId", GRID))
                        .send(r -> req().query("areaId", r.id("areaId"))),

                // ---- residents
                op(
                                "searchResidents",
                                REGISTRY_READERS,
                                query("areaId", GRID),
                                query("buildingId", BUILDING),
                                query("householdId", HOUSEHOLD))
                        .send(r -> req().query("areaId", r.opt("areaId"))
                                .query("buildingId", r.opt("buildingId"))
                                .query("householdId", r.opt("householdId"))),
                op("createResident", REGISTRY_WRITERS, body("householdId", HOUSEHOLD))
                        .send(r -> req().body(map(
                                "householdId",
                                r.id("householdId"),
                                "name",
                                "矩阵居民",
                                "idCard",
                                TestIds.idCard(),
                                "ethnicity",
                                "01",
                                "relation",
                                "SON",
                                "registrationType",
                                "LOCAL"))),
                op("updateResident", REGISTRY_WRITERS, path("id", RESIDENT))
                        .send(r -> req().path("id", r.id("id"))
                                .body(map(
                                        "name",
                                        "矩阵居民",
                                        "ethnicity",
                                        "01",
                                        "relation",
                                        "HEAD",
                                        "registrationType",
                                        "LOCAL"))),
                op("getResident", REGISTRY_READERS, path("id", RESIDENT)).send(r -> req().path("id", r.id("id"))),
                op("moveResident", REGISTRY_WRITERS, path("id", RESIDENT), body("householdId", HOUSEHOLD))
                        .send(r -> req().path("id", r.id("id"))
                                .body(map("householdId", r.id("householdId"), "relation", "SON", "reason", "投亲"))),
                op("moveOutResident", REGISTRY_WRITERS, path("id", RESIDENT))
                        .send(r -> req().path("id", r.id("id")).body(map("reason", "迁出"))),
                op("restoreResident", REGISTRY_WRITERS, path("id", RESIDENT)).send(r -> req().path("id", r.id("id"))),
                op("revealResident", REGISTRY_WRITERS, path("id", RESIDENT))
                        .send(r -> req().path("id", r.id("id")).body(map("field", "ID_CARD", "reason", "核实身份"))),

                // ---- staff accounts (street-admins; an account is theirs when one of its areas is)
                op("listStaff", ADMINS, query("areaId", GRID)).send(r -> req().query("areaId", r.id("areaId"))),
                op("createStaff", ADMINS, body("areaIds[0]", COMMUNITY))
                        .send(r -> req().body(map(
                                "username",
                                r.unique("rm"),
                                "displayName",
                                "矩阵用户",
                                "role",
                                "viewer",
                                "areaIds",
                                List.of(r.id("areaIds[0]"))))),
                op("updateStaff", ADMINS, path("id", STAFF), body("areaIds[0]", COMMUNITY))
                        .send(r -> req().path("id", r.id("id"))
                                .body(map(
                                        "displayName",
                                        "矩阵用户",
                                        "role",
                                        "viewer",
                                        "areaIds",
                                        List.of(r.id("areaIds[0]")),
                                        "enabled",
                                        true))),
                op("getStaff", ADMINS, path("id", STAFF)).send(r -> req().path("id", r.id("id"))),
                op("resetStaffPassword", ADMINS, path("id", STAFF)).send(r -> req().path("id", r.id("id"))),
                op("listStaffDevices", ADMINS, path("id", STAFF)).send(r -> req().path("id", r.id("id"))),

                // ---- talk days (of a community; those above a caller's area are theirs to see)
                op("listTalkDays", EVERYONE, query("areaId", COMMUNITY))
                        .send(r -> req().query("areaId", r.id("areaId"))),
                op("createTalkDay", MANAGERS, body("communityId", COMMUNITY))
                        .send(r -> req().body(talkDay().with("communityId", r.id("communityId")))),
                op("updateTalkDay", MANAGERS, path("id", TALK_DAY))
                        .send(r -> req().path("id", r.id("id")).body(talkDay().with("status", "PLANNED"))),
                op("getTalkDay", EVERYONE, path("id", TALK_DAY)).send(r -> req().path("id", r.id("id"))),
                op("deleteTalkDay", MANAGERS, path("id", TALK_DAY)).send(r -> req().path("id", r.id("id"))),

                // ---- pairings (结对帮扶: registry readers read those of their areas, managers pair and end). Known
                // deviation: helperStaffId and helperVolunteerId name people, not areas; a foreign one narrows the
                // list,
                // which stays inside the scope, to nothing (200 with an empty page, no leak).
                op(
                                "listPairings",
                                REGISTRY_READERS,
                                query("areaId", GRID),
                                query("householdId", HOUSEHOLD),
                                query("helperStaffId", COLLEAGUE).narrowsToNothing(),
                                query("helperVolunteerId", VOLUNTEER_PROFILE).narrowsToNothing())
                        .send(r -> req().query("areaId", r.opt("areaId"))
                                .query("householdId", r.opt("householdId"))
                                .query("helperStaffId", r.opt("helperStaffId"))
                                .query("helperVolunteerId", r.opt("helperVolunteerId"))),
                op(
                                "createPairing",
                                MANAGERS,
                                body("householdId", HOUSEHOLD),
                                body("residentId", RESIDENT),
                                body("helper.staffId", COLLEAGUE),
                                body("helper.volunteerId", VOLUNTEER_PROFILE))
                        // a volunteer helper when that is the one tried, else a staff one
                        .send(r -> req().body(map(
                                "householdId",
                                r.id("householdId"),
                                "residentId",
                                r.opt("residentId"),
                                "typeCode",
                                "UNEMPLOYED",
                                "helper",
                                r.foreign("helper.volunteerId")
                                        ? map("kind", "VOLUNTEER", "volunteerId", r.id("helper.volunteerId"))
                                        : map("kind", "STAFF", "staffId", r.id("helper.staffId")),
                                "validFrom",
                                java.time.LocalDate.now().toString()))),
                op("getPairing", REGISTRY_READERS, path("id", PAIRING)).send(r -> req().path("id", r.id("id"))),
                op("endPairing", MANAGERS, path("id", PAIRING))
                        .send(r -> req().path("id", r.id("id")).body(map("reason", "OTHER"))),
                op("listHouseholdPairings", REGISTRY_READERS, path("id", HOUSEHOLD))
                        .send(r -> req().path("id", r.id("id"))),
                op("listPairingSuggestions", REGISTRY_READERS, query("areaId", GRID))
                        .send(r -> req().query("areaId", r.opt("areaId"))),
                op("listPairingHelpers", MANAGERS, query("areaId", GRID))
                        .send(r -> req().query("areaId", r.opt("areaId"))),

                // ---- volunteer attendance (a volunteer organises only the sessions of teams it leads, and checks in
                // only to its own accepted sign-ups: the matrix's volunteer has neither, so every session is foreign)
                op("getVolunteerCheckInCode", ATTENDANCE_ORGANISERS, path("id", VOLUNTEER_SESSION))
                        .send(r -> req().path("id", r.id("id"))),
                op("getVolunteerAttendanceSheet", ATTENDANCE_ORGANISERS, path("id", VOLUNTEER_SESSION))
                        .send(r -> req().path("id", r.id("id"))),
                op("markVolunteerAttendance", ATTENDANCE_ORGANISERS, path("id", VOLUNTEER_SESSION))
                        .send(r -> req().path("id", r.id("id"))
                                .body(map("marks", List.of(map("signUpId", 1, "attendance", "ABSENT"))))),
                op("checkInVolunteer", EnumSet.of(VOLUNTEER), path("id", VOLUNTEER_SESSION))
                        .send(r -> req().path("id", r.id("id")).body(map("code", "123456"))),
                op("checkOutVolunteer", EnumSet.of(VOLUNTEER), path("id", VOLUNTEER_SESSION))
                        .send(r -> req().path("id", r.id("id")).body(map("code", "123456"))),
                op("listMyVolunteerAttendance", EnumSet.of(VOLUNTEER)).send(r -> req()),
                // ---- visits (staff in scope; a helper's account the households it is paired with, and its own visits)
                // photoUploadIds: only someone else's is tried (an upload is its uploader's alone, and used once)
                op(
                                "recordVisit",
                                VISITORS,
                                body("householdId", HOUSEHOLD),
                                body("memberIds[0]", RESIDENT),
                                body("photoUploadIds[0]", PHOTO_UPLOAD))
                        .send(r -> req().body(map(
                                "householdId",
                                r.id("householdId"),
                                "memberIds",
                                List.of(r.id("memberIds[0]")),
                                "mode",
                                "AT_DOOR",
                                "outcome",
                                "NOBODY_HOME",
                                "visitedAt",
                                java.time.Instant.now().toString(),
                                "locationMissingReason",
                                "UNAVAILABLE",
                                "photoUploadIds",
                                optList(r.opt("photoUploadIds[0]"))))),
                op(
                                "listVisits",
                                VISIT_READERS,
                                query("householdId", HOUSEHOLD),
                                query("areaId", GRID),
                                // a colleague elsewhere made no visit the caller sees: the filter selects nothing
                                query("visitorStaffId", COLLEAGUE).narrowsToNothing())
                        .send(r -> req().query("householdId", r.opt("householdId"))
                                .query("areaId", r.opt("areaId"))
                                .query("visitorStaffId", r.opt("visitorStaffId"))),
                op("getVisit", VISIT_READERS, path("id", VISIT)).send(r -> req().path("id", r.id("id"))),
                op("raiseVisitIssue", VISITORS, path("id", VISIT), body("categoryId", ISSUE_CATEGORY))
                        .send(r -> req().path("id", r.id("id"))
                                .body(map(
                                        "categoryId",
                                        r.id("categoryId"),
                                        "description",
                                        "走访发现楼道堆物",
                                        "urgency",
                                        "NORMAL"))),
                op("addVisitPhoto", VISITORS, path("id", VISIT))
                        .send(r -> req().path("id", r.id("id")).file("photo.png", PNG, "image/png")),
                op(
                                "getVisitPhoto",
                                VISIT_READERS,
                                path("id", VISIT),
                                path("photoId", VISIT_PHOTO).within("id"))
                        .send(r -> req().path("id", r.id("id")).path("photoId", r.id("photoId"))),
                // ---- photo uploads (whoever records a visit or raises an issue; the upload is theirs alone)
                op("createPhotoUpload", VISITORS)
                        .ownRecordsOnly()
                        .answers(201)
                        .send(r -> req().file("photo.png", PNG, "image/png")),
                // ---- co-building projects (a liaison: those open to its unit or claimed by it, any other is a 404)
                op("listCoBuildProjects", PROJECT_READERS, query("areaId", COMMUNITY), query("unitId", PROJECT_UNIT))
                        .send(r -> req().query("areaId", r.opt("areaId")).query("unitId", r.opt("unitId"))),
                op("countCoBuildProjects", PROJECT_READERS, query("areaId", COMMUNITY), query("unitId", PROJECT_UNIT))
                        .send(r -> req().query("areaId", r.opt("areaId")).query("unitId", r.opt("unitId"))),
                op(
                                "createCoBuildProject",
                                MANAGERS,
                                body("communityId", COMMUNITY),
                                body("needIds[0]", PROJECT_NEED),
                                body("resourceIds[0]", PROJECT_RESOURCE))
                        .send(r -> req().body(coBuildProject(r))),
                op("listCoBuildProjectCandidates", MANAGERS, query("communityId", COMMUNITY))
                        .send(r -> req().query("communityId", r.id("communityId"))),
                op("getCoBuildProject", PROJECT_READERS, path("id", COBUILD_PROJECT))
                        .send(r -> req().path("id", r.id("id"))),
                op(
                                "updateCoBuildProject",
                                MANAGERS,
                                path("id", COBUILD_PROJECT),
                                body("communityId", COMMUNITY),
                                body("needIds[0]", PROJECT_NEED),
                                body("resourceIds[0]", PROJECT_RESOURCE))
                        .send(r -> req().path("id", r.id("id")).body(coBuildProject(r))),
                op("approveCoBuildProject", ADMINS, path("id", COBUILD_PROJECT))
                        .send(r -> req().path("id", r.id("id")).body(map("claimWorkingDays", 5))),
                op("rejectCoBuildProject", ADMINS, path("id", COBUILD_PROJECT))
                        .send(r -> req().path("id", r.id("id")).body(map("reason", "资源不足"))),
                op("claimCoBuildProject", LIAISONS, path("id", COBUILD_PROJECT))
                        .send(r -> req().path("id", r.id("id"))),
                op("addCoBuildMilestone", LIAISONS, path("id", COBUILD_PROJECT))
                        .send(r -> req().path("id", r.id("id")).body(map("title", "矩阵节点", "dueOn", "2099-01-01"))),
                op("submitCoBuildProject", LIAISONS, path("id", COBUILD_PROJECT))
                        .send(r -> req().path("id", r.id("id"))),
                op("acceptCoBuildProject", MANAGERS, path("id", COBUILD_PROJECT))
                        .send(r -> req().path("id", r.id("id")).body(map("satisfaction", "SATISFIED"))),
                op("reworkCoBuildProject", MANAGERS, path("id", COBUILD_PROJECT))
                        .send(r -> req().path("id", r.id("id")).body(map("reason", "照片不清晰"))),
                op("cancelCoBuildProject", MANAGERS, path("id", COBUILD_PROJECT))
                        .send(r -> req().path("id", r.id("id")).body(map("reason", "取消"))),
                op("reportCoBuildMilestone", LIAISONS, path("id", COBUILD_MILESTONE))
                        .send(r -> req().path("id", r.id("id")).file("photo.png", PNG, "image/png")),
                op("addCoBuildMilestonePhoto", LIAISONS, path("id", COBUILD_MILESTONE))
                        .send(r -> req().path("id", r.id("id")).file("photo.png", PNG, "image/png")),
                op(
                                "getCoBuildMilestonePhoto",
                                PROJECT_READERS,
                                path("id", COBUILD_MILESTONE),
                                path("photoId", MILESTONE_PHOTO).within("id"))
                        .send(r -> req().path("id", r.id("id")).path("photoId", r.id("photoId"))),
                op("listVolunteerSessionsToRun", ATTENDANCE_ORGANISERS).send(r -> req()),
                // ---- micro-wishes (issue 16): staff in scope with the beneficiary; claimants (volunteers, unit
                // liaisons) the published wishes they reach and their own claims, everything else a 404
                op("listMicroWishes", REGISTRY_READERS, query("areaId", GRID))
                        .send(r -> req().query("areaId", r.opt("areaId"))),
                op("createMicroWish", REGISTRY_WRITERS, body("householdId", HOUSEHOLD), body("residentId", RESIDENT))
                        .send(r -> req().body(map(
                                        "householdId", r.id("householdId"), "categoryCode", "STUDY", "title", "矩阵心愿")
                                .with("residentId", r.opt("residentId")))),
                op("listOpenMicroWishes", WISH_CLAIMANTS).send(r -> req()),
                op("getMicroWishRanking", REGISTRY_READERS, query("areaId", GRID))
                        .send(r -> req().query("areaId", r.opt("areaId"))),
                op("getMicroWish", REGISTRY_READERS, path("id", MICRO_WISH)).send(r -> req().path("id", r.id("id"))),
                op("updateMicroWish", REGISTRY_WRITERS, path("id", MICRO_WISH), body("residentId", RESIDENT))
                        .send(r -> req().path("id", r.id("id"))
                                .body(map("categoryCode", "STUDY", "title", "矩阵心愿")
                                        .with("residentId", r.opt("residentId")))),
                op("takeDownMicroWish", REGISTRY_WRITERS, path("id", MICRO_WISH))
                        .send(r -> req().path("id", r.id("id")).body(map("reason", "矩阵下架"))),
                op("claimMicroWish", WISH_CLAIMANTS, path("id", MICRO_WISH)).send(r -> req().path("id", r.id("id"))),
                op("listMyMicroWishClaims", WISH_CLAIMANTS).send(r -> req()),
                op("fulfilMicroWishClaim", WISH_CLAIMANTS, path("id", MICRO_WISH_CLAIM))
                        .send(r -> req().path("id", r.id("id")).file("photo.png", PNG, "image/png")),
                op("confirmMicroWishClaim", REGISTRY_WRITERS, path("id", MICRO_WISH_CLAIM))
                        .send(r -> req().path("id", r.id("id"))),
                op("cancelMicroWishClaim", WISH_CANCELLERS, path("id", MICRO_WISH_CLAIM))
                        .send(r -> req().path("id", r.id("id")).body(map("reason", "矩阵取消"))),
                op("getMicroWishClaimPhoto", EVERYONE, path("id", MICRO_WISH_CLAIM))
                        .send(r -> req().path("id", r.id("id"))),
                // ---- volunteers (of a community; a grid's people read those of the community around it)
                op(
                                "searchVolunteers",
                                VOLUNTEER_READERS,
                                query("teamId", VOLUNTEER_TEAM),
                                query("communityId", COMMUNITY))
                        .send(r -> req().query("teamId", r.opt("teamId")).query("communityId", r.opt("communityId"))),
                op("getMyVolunteerProfile", EnumSet.of(StaffRole.VOLUNTEER)).send(r -> req()),
                op("getVolunteer", VOLUNTEER_PROFILE_READERS, path("id", VOLUNTEER_PROFILE))
                        .send(r -> req().path("id", r.id("id"))),
                op("createVolunteer", MANAGERS, body("communityId", COMMUNITY))
                        .send(r -> req().body(map(
                                "communityId", r.id("communityId"), "name", "矩阵志愿者", "idCard", TestIds.idCard()))),
                op("updateVolunteer", MANAGERS, path("id", VOLUNTEER_PROFILE))
                        .send(r -> req().path("id", r.id("id")).body(map("name", "矩阵志愿者"))),
                op("changeVolunteerStatus", MANAGERS, path("id", VOLUNTEER_PROFILE))
                        .send(r -> req().path("id", r.id("id")).body(map("status", "SUSPENDED", "reason", "外出"))),
                op("revealVolunteer", MANAGERS, path("id", VOLUNTEER_PROFILE))
                        .send(r -> req().path("id", r.id("id")).body(map("field", "ID_CARD", "reason", "核实身份"))),
                op("createVolunteerAccount", MANAGERS, path("id", VOLUNTEER_PROFILE))
                        .send(r -> req().path("id", r.id("id")).body(map("username", r.unique("rmv")))),

                // ---- volunteer teams (of a community or a sub-district; those above a caller's area are theirs to
                // read)
                op("listVolunteerTeams", VOLUNTEER_READERS, query("areaId", COMMUNITY))
                        .send(r -> req().query("areaId", r.opt("areaId"))),
                op("getVolunteerTeam", VOLUNTEER_READERS, path("id", VOLUNTEER_TEAM))
                        .send(r -> req().path("id", r.id("id"))),
                op("createVolunteerTeam", MANAGERS, body("areaId", COMMUNITY))
                        .send(r -> req().body(map("areaId", r.id("areaId"), "name", "矩阵服务队", "typeCode", "OTHER"))),
                op("updateVolunteerTeam", MANAGERS, path("id", VOLUNTEER_TEAM))
                        .send(r -> req().path("id", r.id("id")).body(map("name", "矩阵服务队", "typeCode", "OTHER"))),
                op("dissolveVolunteerTeam", MANAGERS, path("id", VOLUNTEER_TEAM))
                        .send(r -> req().path("id", r.id("id")).body(map("reason", "撤销"))),
                op(
                                "addVolunteerTeamMember",
                                MANAGERS,
                                path("id", VOLUNTEER_TEAM),
                                body("volunteerId", VOLUNTEER_PROFILE))
                        .send(r -> req().path("id", r.id("id"))
                                .body(map("volunteerId", r.id("volunteerId"), "role", "MEMBER"))),
                op(
                                "changeVolunteerTeamMemberRole",
                                MANAGERS,
                                path("id", VOLUNTEER_TEAM),
                                path("membershipId", VOLUNTEER_TEAM_MEMBERSHIP).within("id"))
                        .send(r -> req().path("id", r.id("id"))
                                .path("membershipId", r.id("membershipId"))
                                .body(map("role", "DEPUTY"))),
                op(
                                "leaveVolunteerTeam",
                                MANAGERS,
                                path("id", VOLUNTEER_TEAM),
                                path("membershipId", VOLUNTEER_TEAM_MEMBERSHIP).within("id"))
                        .send(r -> req().path("id", r.id("id"))
                                .path("membershipId", r.id("membershipId"))
                                .body(map("reason", "离开"))),
                // ---- volunteer certificates (a volunteer account: its own) and the national-system export
                op("getVolunteerCertificate", HOURS_READERS, path("id", VOLUNTEER_PROFILE))
                        .send(r -> req().path("id", r.id("id"))
                                .query("from", "2026-01-01")
                                .query("to", "2026-06-30")),
                op("getOwnVolunteerCertificate", EnumSet.of(StaffRole.VOLUNTEER))
                        .send(r -> req().query("from", "2026-01-01").query("to", "2026-06-30")),
                op("exportVolunteerHours", MANAGERS, query("areaId", GRID))
                        .send(r -> req().query("from", "2026-01-01")
                                .query("to", "2026-06-30")
                                .query("areaId", r.opt("areaId"))),

                // ---- the visitor's households (phone): staff who record visits in their scope; a helper only the
                // households it is actively paired with (the matrix's volunteer has none: every household is foreign)
                op("listVisitHouseholds", VISITORS).send(r -> req()),
                op("getVisitHousehold", VISITORS, path("id", HOUSEHOLD)).send(r -> req().path("id", r.id("id"))),

                // ---- workbench (no ids: every section is the caller's scope; each asks for its own permission)
                op("getWorkbench", EVERYONE).send(r -> req()),

                // ---- volunteer activities (staff in scope; a volunteer its community's open ones and its teams';
                // a leader organises its own team's)
                op(
                                "listActivities",
                                ACTIVITY_READERS,
                                query("teamId", RoleMatrixWorld.Kind.TEAM),
                                query("communityId", COMMUNITY))
                        .send(r -> req().query("teamId", r.opt("teamId")).query("communityId", r.opt("communityId"))),
                op(
                                "getActivityCalendar",
                                ACTIVITY_READERS,
                                query("teamId", RoleMatrixWorld.Kind.TEAM),
                                query("communityId", COMMUNITY))
                        .send(r -> req().query("month", "2026-12")
                                .query("teamId", r.opt("teamId"))
                                .query("communityId", r.opt("communityId"))),
                op("listActivityTeams", ACTIVITY_MANAGERS).send(r -> req()),
                op("getActivity", ACTIVITY_READERS, path("id", RoleMatrixWorld.Kind.ACTIVITY))
                        .send(r -> req().path("id", r.id("id"))),
                op(
                                "createActivity",
                                ACTIVITY_MANAGERS,
                                body("teamId", RoleMatrixWorld.Kind.TEAM),
                                body("communityId", COMMUNITY),
                                body("gridId", GRID),
                                body("beneficiaryHouseholdIds[0]", HOUSEHOLD))
                        .send(r -> req().body(activity(r))),
                op(
                                "updateActivity",
                                ACTIVITY_MANAGERS,
                                path("id", RoleMatrixWorld.Kind.ACTIVITY),
                                body("teamId", RoleMatrixWorld.Kind.TEAM),
                                body("communityId", COMMUNITY),
                                body("gridId", GRID),
                                body("beneficiaryHouseholdIds[0]", HOUSEHOLD))
                        .send(r -> req().path("id", r.id("id")).body(activity(r))),
                op("publishActivity", ACTIVITY_MANAGERS, path("id", RoleMatrixWorld.Kind.ACTIVITY))
                        .send(r -> req().path("id", r.id("id"))),
                op("startActivity", ACTIVITY_MANAGERS, path("id", RoleMatrixWorld.Kind.ACTIVITY))
                        .send(r -> req().path("id", r.id("id"))),
                op("endActivity", ACTIVITY_MANAGERS, path("id", RoleMatrixWorld.Kind.ACTIVITY))
                        .send(r -> req().path("id", r.id("id"))),
                op("closeActivity", ACTIVITY_MANAGERS, path("id", RoleMatrixWorld.Kind.ACTIVITY))
                        .send(r -> req().path("id", r.id("id"))),
                op("cancelActivity", ACTIVITY_MANAGERS, path("id", RoleMatrixWorld.Kind.ACTIVITY))
                        .send(r -> req().path("id", r.id("id")).body(map("reason", "天气原因"))),

                // ---- bulk reassignment of pairings: managers, within their scope; the history for pairing readers.
                // A helper the caller cannot see (neither in its scope nor paired there) and a taker outside it are
                // 400s naming the field.
                op("previewPairingReassignment", MANAGERS, reassignmentInputs()).send(r -> req().body(reassignment(r))),
                op("reassignPairings", MANAGERS, reassignmentInputs()).send(r -> req().body(reassignment(r))),
                op("listPairingReassignments", REGISTRY_READERS, query("areaId", GRID))
                        .send(r -> req().query("areaId", r.opt("areaId"))),
                op("getPairingReassignment", REGISTRY_READERS, path("id", PAIRING_REASSIGNMENT))
                        .send(r -> req().path("id", r.id("id"))),
                // ---- visit obligations: staff in their scope, a helper's account the households it is paired with
                // (the volunteer caller helps the home household); managers take one out by hand
                op(
                                "listVisitObligations",
                                VISIT_READERS,
                                query("householdId", HOUSEHOLD),
                                query("areaId", GRID),
                                query("ruleId", VISIT_RULE).narrowsToNothing(),
                                query("periodId", OBLIGATION_PERIOD).narrowsToNothing(),
                                query("responsibleStaffId", COLLEAGUE).narrowsToNothing())
                        .send(r -> req().query("householdId", r.opt("householdId"))
                                .query("areaId", r.opt("areaId"))
                                .query("ruleId", r.opt("ruleId"))
                                .query("periodId", r.opt("periodId"))
                                .query("responsibleStaffId", r.opt("responsibleStaffId"))),
                op("listMyVisitObligations", VISIT_READERS).send(r -> req()),
                op("getVisitObligation", VISIT_READERS, path("id", VISIT_OBLIGATION))
                        .send(r -> req().path("id", r.id("id"))),
                op("markVisitObligationNotApplicable", MANAGERS, path("id", VISIT_OBLIGATION))
                        .send(r -> req().path("id", r.id("id")).body(map("reason", "OTHER", "note", "矩阵测试"))),
                op("generateVisitRuleObligations", ADMINS, path("id", VISIT_RULE))
                        .send(r -> req().path("id", r.id("id"))),

                // ---- visit rules and questions (issue 15): read by whoever works in the sub-district (community
                // staff and grid workers from inside it), changed by its street-admin; a helper reads the questions
                op("listVisitRules", REGISTRY_READERS, query("subDistrictId", SUB_DISTRICT))
                        .send(r -> req().query("subDistrictId", r.id("subDistrictId"))),
                op("createVisitRule", ADMINS, body("subDistrictId", SUB_DISTRICT))
                        .send(r -> req().body(visitRule(r.unique("矩阵规则"), r.id("subDistrictId")))),
                op("getVisitRule", REGISTRY_READERS, path("id", VISIT_RULE)).send(r -> req().path("id", r.id("id"))),
                op("updateVisitRule", ADMINS, path("id", VISIT_RULE), body("subDistrictId", SUB_DISTRICT))
                        .send(r ->
                                req().path("id", r.id("id")).body(visitRule(r.unique("矩阵规则"), r.opt("subDistrictId")))),
                op("deactivateVisitRule", ADMINS, path("id", VISIT_RULE)).send(r -> req().path("id", r.id("id"))),
                op("activateVisitRule", ADMINS, path("id", VISIT_RULE)).send(r -> req().path("id", r.id("id"))),
                // ---- year-end feedback to employers (反馈单, issue 16): read by managers and viewers of the report's
                // community, rated by managers; grid workers, volunteers and liaisons have none of it
                op("listPartyFeedback", FEEDBACK_READERS, query("areaId", COMMUNITY))
                        .send(r -> req().query("areaId", r.opt("areaId"))),
                op("listPartyFeedbackEmployers", FEEDBACK_READERS, query("areaId", COMMUNITY))
                        .send(r -> req().query("areaId", r.opt("areaId"))),
                op("exportPartyFeedback", FEEDBACK_READERS, query("areaId", COMMUNITY))
                        .send(r -> req().query("employer", "测试单位").query("areaId", r.opt("areaId"))),
                op("getPartyFeedback", FEEDBACK_READERS, path("reportId", PARTY_FEEDBACK))
                        .send(r -> req().path("reportId", r.id("reportId"))),
                op("ratePartyFeedback", MANAGERS, path("reportId", PARTY_FEEDBACK))
                        .send(r -> req().path("reportId", r.id("reportId")).body(map("rating", "QUALIFIED"))),
                op("getPartyFeedbackForm", FEEDBACK_READERS, path("reportId", PARTY_FEEDBACK))
                        .send(r -> req().path("reportId", r.id("reportId"))),
                op("listVisitRulePeriods", REGISTRY_READERS, path("id", VISIT_RULE))
                        .send(r -> req().path("id", r.id("id"))),
                op("listVisitQuestions", VISIT_QUESTION_READERS, query("subDistrictId", SUB_DISTRICT))
                        .send(r -> req().query("subDistrictId", r.id("subDistrictId"))),
                op("createVisitQuestion", ADMINS, body("subDistrictId", SUB_DISTRICT))
                        .send(r -> req().body(visitQuestion(r.id("subDistrictId")))),
                op("updateVisitQuestion", ADMINS, path("id", VISIT_QUESTION), body("subDistrictId", SUB_DISTRICT))
                        .send(r -> req().path("id", r.id("id")).body(visitQuestion(r.opt("subDistrictId")))),

                // ---- co-building agreements, needs, resources and points (issue 16): staff read what lies in or
                // around their scope, a unit liaison its own unit's (its agreements, its paired communities' needs,
                // its resources and points); managers act on their communities', the sub-district adjusts points
                op(
                                "listCoBuildAgreements",
                                COBUILD_READERS,
                                query("areaId", COMMUNITY),
                                query("unitId", COBUILD_HOME_UNIT))
                        .send(r -> req().query("areaId", r.opt("areaId")).query("unitId", r.opt("unitId"))),
                op(
                                "proposeCoBuildAgreement",
                                MANAGERS,
                                body("unitId", COBUILD_HOME_UNIT),
                                body("communityId", COMMUNITY))
                        .send(r -> req().body(map(
                                "unitId",
                                r.id("unitId"),
                                "communityId",
                                r.id("communityId"),
                                "termFrom",
                                "2090-01-01",
                                "termTo",
                                "2090-12-31"))),
                op("getCoBuildAgreement", COBUILD_READERS, path("id", COBUILD_AGREEMENT))
                        .send(r -> req().path("id", r.id("id"))),
                op("signCoBuildAgreement", MANAGERS, path("id", COBUILD_AGREEMENT))
                        .send(r -> req().path("id", r.id("id")).body(map("signedOn", "2026-01-01"))),
                op("terminateCoBuildAgreement", MANAGERS, path("id", COBUILD_AGREEMENT))
                        .send(r -> req().path("id", r.id("id")).body(map("reason", "矩阵终止"))),
                op("renewCoBuildAgreement", MANAGERS, path("id", COBUILD_AGREEMENT))
                        .send(r -> req().path("id", r.id("id")).body(map("content", "矩阵续签"))),
                op("listCoBuildNeeds", COBUILD_READERS, query("areaId", COMMUNITY), query("issueId", ISSUE))
                        .send(r -> req().query("areaId", r.opt("areaId")).query("issueId", r.opt("issueId"))),
                op("createCoBuildNeed", MANAGERS, body("communityId", COMMUNITY), body("issueId", ISSUE))
                        .send(r -> req().body(map(
                                "communityId",
                                r.id("communityId"),
                                "fieldCode",
                                "ELDERLY_CARE",
                                "title",
                                "矩阵需求",
                                "source",
                                "TALK_DAY_ISSUE",
                                "issueId",
                                r.id("issueId")))),
                op("getCoBuildNeed", COBUILD_READERS, path("id", COBUILD_NEED)).send(r -> req().path("id", r.id("id"))),
                op("getCoBuildNeedChain", COBUILD_READERS, path("id", COBUILD_NEED))
                        .send(r -> req().path("id", r.id("id"))),
                op("closeCoBuildNeed", MANAGERS, path("id", COBUILD_NEED))
                        .send(r -> req().path("id", r.id("id")).body(map("reason", "矩阵关闭"))),
                op(
                                "listCoBuildResources",
                                COBUILD_READERS,
                                query("areaId", COMMUNITY),
                                query("unitId", COBUILD_HOME_UNIT))
                        .send(r -> req().query("areaId", r.opt("areaId")).query("unitId", r.opt("unitId"))),
                op("offerCoBuildResource", RESOURCE_OFFERERS, body("unitId", COBUILD_HOME_UNIT))
                        .send(r -> req().body(map("unitId", r.id("unitId"), "fieldCode", "HEALTH", "title", "矩阵资源"))),
                op("getCoBuildResource", COBUILD_READERS, path("id", COBUILD_RESOURCE))
                        .send(r -> req().path("id", r.id("id"))),
                op("withdrawCoBuildResource", RESOURCE_OFFERERS, path("id", COBUILD_RESOURCE))
                        .send(r -> req().path("id", r.id("id"))),
                op("listCoBuildPoints", COBUILD_READERS, query("unitId", COBUILD_HOME_UNIT))
                        .send(r -> req().query("unitId", r.opt("unitId"))),
                op("adjustCoBuildPoints", ADMINS, body("unitId", COBUILD_HOME_UNIT))
                        .send(r -> req().body(map(
                                "unitId", r.id("unitId"), "points", 5, "earnedOn", "2026-01-05", "reason", "矩阵调整"))),
                op("reverseCoBuildPoints", ADMINS, path("id", COBUILD_POINTS_ENTRY))
                        .send(r -> req().path("id", r.id("id")).body(map("reason", "矩阵冲正"))),
                op("listCoBuildPointsMonthLocks", COBUILD_READERS, query("subDistrictId", SUB_DISTRICT))
                        .send(r -> req().query("subDistrictId", r.opt("subDistrictId"))),
                op("lockCoBuildPointsMonth", ADMINS, body("subDistrictId", SUB_DISTRICT))
                        .send(r -> req().body(map("subDistrictId", r.id("subDistrictId"), "month", "2026-01"))),
                op("getCoBuildPointsRanking", COBUILD_READERS, query("areaId", COMMUNITY))
                        .send(r -> req().query("areaId", r.opt("areaId"))),

                // ---- party-member reports (issue 16): readers in their communities (a grid worker the community
                // around the grid), managers enter and decide; a volunteer account its own report, to any community
                // of its profile's sub-district (the home one: B; outside: one of the other sub-district)
                op(
                                "listPartyReports",
                                PARTY_REPORT_READERS,
                                query("areaId", COMMUNITY),
                                query("unitId", PARTY_REPORT_UNIT))
                        .send(r -> req().query("areaId", r.opt("areaId")).query("unitId", r.opt("unitId"))),
                op(
                                "createPartyReport",
                                MANAGERS,
                                body("communityId", COMMUNITY),
                                body("volunteerId", VOLUNTEER_PROFILE),
                                body("residentId", RESIDENT),
                                body("unitId", PARTY_REPORT_UNIT))
                        .send(r -> req().body(partyReport(r.id("communityId"), r.opt("unitId"))
                                .with("volunteerId", r.id("volunteerId"))
                                .with("residentId", r.opt("residentId")))),
                op("getPartyReport", PARTY_REPORT_READERS, path("id", PARTY_REPORT))
                        .send(r -> req().path("id", r.id("id"))),
                op("confirmPartyReport", MANAGERS, path("id", PARTY_REPORT)).send(r -> req().path("id", r.id("id"))),
                op("rejectPartyReport", MANAGERS, path("id", PARTY_REPORT))
                        .send(r -> req().path("id", r.id("id")).body(map("reason", "矩阵退回"))),
                op("withdrawPartyReport", MANAGERS, path("id", PARTY_REPORT))
                        .send(r -> req().path("id", r.id("id")).body(map("reason", "矩阵撤销"))),
                op(
                                "transferPartyReport",
                                MANAGERS,
                                path("id", PARTY_REPORT),
                                body("communityId", PARTY_REPORT_COMMUNITY))
                        .send(r -> req().path("id", r.id("id"))
                                .body(map("communityId", r.id("communityId"), "reason", "矩阵转出"))),
                op("listMyPartyReports", VOLUNTEERS).send(r -> req()),
                op("prefillMyPartyReport", VOLUNTEERS).send(r -> req()),
                op(
                                "submitMyPartyReport",
                                VOLUNTEERS,
                                body("communityId", PARTY_REPORT_COMMUNITY),
                                body("unitId", PARTY_REPORT_UNIT))
                        .send(r -> req().body(partyReport(r.id("communityId"), r.opt("unitId")))),
                op(
                                "listPartyUnitReports",
                                PARTY_REPORT_READERS,
                                query("areaId", COMMUNITY),
                                query("unitId", PARTY_REPORT_UNIT))
                        .send(r -> req().query("areaId", r.opt("areaId")).query("unitId", r.opt("unitId"))),
                op("createPartyUnitReport", MANAGERS, body("unitId", PARTY_REPORT_UNIT), body("communityId", COMMUNITY))
                        .send(r -> req().body(map(
                                "unitId",
                                r.id("unitId"),
                                "communityId",
                                r.id("communityId"),
                                "year",
                                BeijingTime.today().getYear() + 1,
                                "partyMemberTotal",
                                20))),
                op("listPartyReportUnits", PARTY_REPORT_READERS, query("communityId", COMMUNITY))
                        .send(r -> req().query("communityId", r.id("communityId"))),
                op("getPartyUnitReport", PARTY_REPORT_READERS, path("id", PARTY_UNIT_REPORT))
                        .send(r -> req().path("id", r.id("id"))),
                op("confirmPartyUnitReport", MANAGERS, path("id", PARTY_UNIT_REPORT))
                        .send(r -> req().path("id", r.id("id"))),
                op("rejectPartyUnitReport", MANAGERS, path("id", PARTY_UNIT_REPORT))
                        .send(r -> req().path("id", r.id("id")).body(map("reason", "矩阵退回"))),
                op("withdrawPartyUnitReport", MANAGERS, path("id", PARTY_UNIT_REPORT))
                        .send(r -> req().path("id", r.id("id")).body(map("reason", "矩阵撤销"))),
                // ---- party posts (issue 16): staff in scope; a member the posts of the community they reported to
                // (the *_OF_COMMUNITY kinds: a post of another grid of that community is the member's to see)
                op("listPartyPosts", PARTY_POST_READERS, query("areaId", GRID))
                        .send(r -> req().query("areaId", r.opt("areaId"))),
                op("listOpenPartyPosts", VOLUNTEERS).send(r -> req()),
                op("getPartyPost", PARTY_POST_READERS, path("id", PARTY_POST_OF_COMMUNITY))
                        .send(r -> req().path("id", r.id("id"))),
                op("createPartyPost", MANAGERS, body("areaId", GRID))
                        .send(r -> req().body(partyPost().with("areaId", r.id("areaId")))),
                op("updatePartyPost", MANAGERS, path("id", PARTY_POST))
                        .send(r -> req().path("id", r.id("id")).body(partyPost())),
                op("closePartyPost", MANAGERS, path("id", PARTY_POST)).send(r -> req().path("id", r.id("id"))),
                op("listPartyPostClaims", PARTY_POST_READERS, path("id", PARTY_POST_OF_COMMUNITY))
                        .send(r -> req().path("id", r.id("id"))),
                op("claimPartyPost", VOLUNTEERS, path("id", PARTY_POST_OF_COMMUNITY))
                        .send(r -> req().path("id", r.id("id"))),
                op("listMyPartyPostClaims", VOLUNTEERS).send(r -> req()),
                op("releasePartyPostClaim", VOLUNTEERS, path("id", PARTY_POST_CLAIM_OF_COMMUNITY))
                        .send(r -> req().path("id", r.id("id")).body(map("reason", "矩阵释放"))),
                op("revokePartyPostClaim", MANAGERS, path("id", PARTY_POST_CLAIM))
                        .send(r -> req().path("id", r.id("id")).body(map("reason", "矩阵撤销"))),
                op("listPartyServiceLogs", PARTY_SERVICE_VERIFIERS, query("areaId", GRID))
                        .send(r -> req().query("areaId", r.opt("areaId"))),
                op("listMyPartyServiceLogs", VOLUNTEERS).send(r -> req()),
                op("createPartyServiceLog", VOLUNTEERS, body("claimId", PARTY_POST_CLAIM_OF_COMMUNITY))
                        .send(r -> req().body(map(
                                "claimId",
                                r.id("claimId"),
                                "serviceDate",
                                BeijingTime.today().toString(),
                                "minutes",
                                30,
                                "description",
                                "矩阵服务"))),
                op("addPartyServicePhoto", VOLUNTEERS, path("id", PARTY_SERVICE_LOG_OF_COMMUNITY))
                        .send(r -> req().path("id", r.id("id")).file("photo.png", PNG, "image/png")),
                op(
                                "getPartyServicePhoto",
                                PARTY_SERVICE_PHOTO_READERS,
                                path("id", PARTY_SERVICE_LOG),
                                path("photoId", PARTY_SERVICE_PHOTO).within("id"))
                        .send(r -> req().path("id", r.id("id")).path("photoId", r.id("photoId"))),
                op("verifyPartyServiceLog", PARTY_SERVICE_VERIFIERS, path("id", PARTY_SERVICE_LOG))
                        .send(r -> req().path("id", r.id("id"))),
                op("rejectPartyServiceLog", PARTY_SERVICE_VERIFIERS, path("id", PARTY_SERVICE_LOG))
                        .send(r -> req().path("id", r.id("id")).body(map("reason", "矩阵退回"))));
    }

    /** A member's report of next year to a community (the member's own, or one staff enter with a volunteer). */
    private static Body partyReport(long communityId, Long unitId) {
        return map(
                        "communityId",
                        communityId,
                        "year",
                        BeijingTime.today().getYear() + 1,
                        "employer",
                        "矩阵单位",
                        "employerType",
                        "STATE_ENTERPRISE")
                .with("unitId", unitId);
    }

    /** A post of a grid, its term this year (the area only on create). */
    private static Body partyPost() {
        int year = BeijingTime.today().getYear();
        return map(
                "categoryCode",
                "BUILDING_WATCH",
                "title",
                "矩阵岗位",
                "capacity",
                3,
                "termFrom",
                year + "-01-01",
                "termTo",
                year + "-12-31");
    }

    /** A visit rule of a sub-district: every household of it, each month, by its grid worker. */
    private static Body visitRule(String name, Long subDistrictId) {
        return map(
                        "name",
                        name,
                        "target",
                        "ALL_HOUSEHOLDS",
                        "responsible",
                        "GRID_WORKER",
                        "periodKind",
                        "MONTH",
                        "anchorDate",
                        java.time.LocalDate.now().withDayOfMonth(1).toString(),
                        "visitsRequired",
                        1,
                        "modes",
                        List.of("IN_HOME"))
                .with("subDistrictId", subDistrictId);
    }

    private static Body visitQuestion(Long subDistrictId) {
        return map("text", "家中是否安全？", "kind", "YES_NO", "sortOrder", 1, "active", false)
                .with("subDistrictId", subDistrictId);
    }

    private static Input[] reassignmentInputs() {
        return new Input[] {
            body("from.staffId", STAFF),
            body("from.volunteerId", VOLUNTEER_PROFILE),
            body("to.staffId", COLLEAGUE),
            body("to.volunteerId", VOLUNTEER_PROFILE),
            body("areaId", GRID)
        };
    }

    /** From a staff member to a colleague (or, while tried, a volunteer on either side), in the whole scope or an area. */
    private static Body reassignment(Ids r) {
        Body from = r.foreign("from.volunteerId")
                ? map("kind", "VOLUNTEER", "volunteerId", r.id("from.volunteerId"))
                : map("kind", "STAFF", "staffId", r.id("from.staffId"));
        Body to = r.foreign("to.volunteerId")
                ? map("kind", "VOLUNTEER", "volunteerId", r.id("to.volunteerId"))
                : map("kind", "STAFF", "staffId", r.id("to.staffId"));
        return map("from", from, "to", to, "includeGridObligations", true, "reason", "矩阵转交")
                .with("areaId", r.opt("areaId"));
    }

    /** An activity with one session two days ahead; the grid and the beneficiary only while tried. */
    private static Body activity(Ids r) {
        String start = java.time.Instant.now()
                .plus(2, java.time.temporal.ChronoUnit.DAYS)
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .toString();
        String end = java.time.Instant.parse(start).plusSeconds(7200).toString();
        Long household = r.opt("beneficiaryHouseholdIds[0]");
        return map(
                        "teamId",
                        r.id("teamId"),
                        "communityId",
                        r.id("communityId"),
                        "title",
                        "矩阵活动",
                        "categoryCode",
                        "ELDER_VISIT",
                        "place",
                        "社区活动室",
                        "signUpMode",
                        "FIRST_COME",
                        "sessions",
                        List.of(map(
                                "startsAt", start, "endsAt", end, "posts", List.of(map("name", "服务岗", "capacity", 5)))))
                .with("gridId", r.opt("gridId"))
                .with("beneficiaryHouseholdIds", household == null ? null : List.of(household));
    }

    private static Body apiClient(Ids r) {
        return map(
                "name",
                "矩阵系统",
                "contactName",
                "王强",
                "contactEmail",
                "ops@matrix.example.cn",
                "role",
                "viewer",
                "areaIds",
                List.of(r.id("areaIds[0]")));
    }

    private static Body category(String code, Long subDistrictId) {
        return map(
                "code",
                code,
                "name",
                "矩阵类别",
                "timeLimitDays",
                5,
                "sortOrder",
                90,
                "active",
                true,
                "subDistrictId",
                subDistrictId);
    }

    /** An issue's intake: a foreign household or resident stands in for the place or the reporter when it is the one tried. */
    private static Body issue(Ids r) {
        Body location = r.foreign("location.householdId")
                ? map("householdId", r.id("location.householdId"))
                : map("areaId", r.id("location.areaId"));
        Body reporter = r.foreign("reporter.residentId")
                ? map("residentId", r.id("reporter.residentId"))
                : map("name", "王大爷", "phone", "13812345678");
        return map(
                "categoryId",
                r.id("categoryId"),
                "description",
                "楼道灯不亮",
                "urgency",
                "NORMAL",
                "location",
                location,
                "reporter",
                reporter);
    }

    /** A valid co-building unit's fields, its name new each time. */
    private static Body coBuildUnit(Ids r) {
        return map("name", r.unique("矩阵共建单位"), "unitType", "STATE_ENTERPRISE", "partyMemberTotal", 10);
    }

    /** A draft co-building project naming a community, a need of it and a resource of its sub-district. */
    private static Body coBuildProject(Ids r) {
        return map(
                "communityId",
                r.id("communityId"),
                "fieldCode",
                "ELDERLY_CARE",
                "title",
                "矩阵项目",
                "needIds",
                List.of(r.id("needIds[0]")),
                "resourceIds",
                List.of(r.id("resourceIds[0]")));
    }

    private static Body talkDay() {
        return map("date", "2026-11-27", "startTime", "09:00", "endTime", "11:00", "place", "党群服务中心", "hosts", "王书记");
    }

    // ---- the tests -------------------------------------------------------------------------------------------

    @Test
    void everyOperationHasARule() {
        Map<String, Operation> operations = Operation.all(CONTRACT);
        Map<String, Rule> rules = rules();
        List<String> problems = new ArrayList<>();
        operations.keySet().stream()
                .filter(id -> !rules.containsKey(id))
                .forEach(
                        id -> problems.add(
                                id + " ("
                                        + operations.get(id).method() + " "
                                        + operations.get(id).path() + ") is not in the role matrix: add its rule "
                                        + "to RoleMatrixTest.table() (who may call it, which of its inputs name records, a valid request)"));
        rules.keySet().stream()
                .filter(id -> !operations.containsKey(id))
                .forEach(id -> problems.add(
                        id + " has a rule in RoleMatrixTest.table() but is no longer in openapi.yaml: remove it"));
        rules.values().stream()
                .filter(rule -> operations.containsKey(rule.operationId))
                .forEach(rule -> problems.addAll(rule.check(operations.get(rule.operationId))));
        assertThat(problems).as("the role matrix against openapi.yaml").isEmpty();
    }

    @TestFactory
    Stream<DynamicNode> everyOperationRefusesWhatLiesOutsideTheCallersScope() {
        Map<String, Operation> operations = Operation.all(CONTRACT);
        Built built = world.build();
        return table().stream()
                .filter(rule -> operations.containsKey(rule.operationId))
                .map(rule -> {
                    Operation op = operations.get(rule.operationId);
                    return DynamicContainer.dynamicContainer(
                            op.label(),
                            rule.cases(op, built).stream()
                                    .map(c -> DynamicTest.dynamicTest(c.name(), () -> c.run(op, built, world))));
                });
    }

    private static Map<String, Rule> rules() {
        Map<String, Rule> rules = new LinkedHashMap<>();
        for (Rule rule : table()) {
            if (rules.put(rule.operationId, rule) != null) {
                throw new IllegalStateException("two rules for " + rule.operationId);
            }
        }
        return rules;
    }

    // ---- the table's vocabulary ------------------------------------------------------------------------------

    private static Rule op(String operationId, Set<StaffRole> allowed, Input... inputs) {
        return new Rule(operationId, allowed, List.of(inputs));
    }

    /** A path parameter naming a record: a foreign one is a 404. */
    private static Input path(String name, Kind kind) {
        return new Input(name, In.PATH, kind, null);
    }

    /** A query parameter naming a record to narrow to: a foreign one is a 404, as in a path. */
    private static Input query(String name, Kind kind) {
        return new Input(name, In.QUERY, kind, null);
    }

    /** A body field naming a record: a foreign one is a 400 naming the field. */
    private static Input body(String name, Kind kind) {
        return new Input(name, In.BODY, kind, null);
    }

    /** A path parameter that names no record (a year). */
    private static Input plain(String name) {
        return new Input(name, In.PLAIN, null, null);
    }

    /** An uploaded file whose rows name a record of {@code kind}: a foreign one is an error of the rows in column {@code column}. */
    private static Input file(String name, Kind kind, String column) {
        return new Input(name, In.FILE, kind, column);
    }

    enum In {
        PATH,
        QUERY,
        BODY,
        FILE,
        PLAIN
    }

    /**
     * One input of an operation. {@code within} names the input whose record this one belongs to (a photo of an
     * issue): when that one is foreign, so is this one, taken from the same place.
     */
    record Input(String name, In in, Kind kind, String column, String parent, Expect deviation) {
        Input(String name, In in, Kind kind, String column) {
            this(name, in, kind, column, null, null);
        }

        Input within(String parentInput) {
            return new Input(name, in, kind, column, parentInput, deviation);
        }

        /** A known deviation (say why in the table): a foreign id in this filter selects nothing instead of a 404. */
        Input narrowsToNothing() {
            return new Input(name, in, kind, column, parent, Expect.emptyPage());
        }

        Expect refusal() {
            if (deviation != null) {
                return deviation;
            }
            return switch (in) {
                case PATH, QUERY -> Expect.status(404);
                case BODY -> Expect.invalid(name);
                case FILE -> Expect.rowError(column);
                case PLAIN -> throw new IllegalStateException(name + " names no record");
            };
        }
    }

    /**
     * What an answer must be: a status, and for a 400 the field it names; for an import report the column of the
     * rows' error; for a list narrowed to nothing, an empty page.
     */
    record Expect(int status, String field, String column, boolean empty) {
        static Expect status(int status) {
            return new Expect(status, null, null, false);
        }

        static Expect invalid(String field) {
            return new Expect(400, field, null, false);
        }

        static Expect rowError(String column) {
            return new Expect(200, null, column, false);
        }

        static Expect emptyPage() {
            return new Expect(200, null, null, true);
        }

        @Override
        public String toString() {
            return status
                    + (field != null
                            ? " naming " + field
                            : column != null
                                    ? " reporting column " + column
                                    : empty ? " with an empty page (known deviation)" : "");
        }
    }

    /** A request to send: path and query parameters, a JSON body or a file. */
    static final class Req {
        final Map<String, Object> path = new HashMap<>();
        final Map<String, Object> query = new LinkedHashMap<>();
        Object body;
        String fileName;
        byte[] file;
        String fileType;

        Req path(String name, Object value) {
            path.put(name, value);
            return this;
        }

        Req query(String name, Object value) {
            if (value != null) {
                query.put(name, value);
            }
            return this;
        }

        Req body(Object value) {
            body = value;
            return this;
        }

        Req file(String name, byte[] content, String type) {
            fileName = name;
            file = content;
            fileType = type;
            return this;
        }
    }

    private static Req req() {
        return new Req();
    }

    /** A coverage request naming a rule, its period and an area. */
    private static Req coverage(Ids r) {
        return req().query("ruleId", r.id("ruleId"))
                .query("periodId", r.id("periodId"))
                .query("areaId", r.id("areaId"));
    }

    /** A JSON object whose null members are left out (an optional field that is not being tried). */
    static final class Body extends LinkedHashMap<String, Object> {
        Body with(String key, Object value) {
            if (value != null) {
                put(key, value);
            }
            return this;
        }
    }

    /** A valid hours entry for a back-fill or a self-report. */
    private static Body hoursEntry() {
        return map("serviceDate", "2026-01-05", "minutes", 60, "description", "矩阵服务");
    }

    /** A list of the one id, or null (left out) when there is none. */
    private static List<Long> optList(Long id) {
        return id == null ? null : List.of(id);
    }

    private static Body map(Object... keyValues) {
        Body body = new Body();
        for (int i = 0; i < keyValues.length; i += 2) {
            body.with((String) keyValues[i], keyValues[i + 1]);
        }
        return body;
    }

    /**
     * The ids one request uses: each input's record from the caller's home, except the one being tried (and the
     * inputs within it), which come from outside the caller's scope; {@code "*"} tries them all at once.
     */
    record Ids(Rule rule, Place home, Place away, String tried, Built built, RoleMatrixWorld world) {
        boolean foreign(String name) {
            Input input = rule.input(name);
            return "*".equals(tried)
                    || name.equals(tried)
                    || (input.parent() != null && input.parent().equals(tried));
        }

        long id(String name) {
            return rule.input(name).kind().of(foreign(name) ? away : home);
        }

        /** An optional field: present only while it is the one tried. */
        Long opt(String name) {
            return foreign(name) ? id(name) : null;
        }

        String unique(String prefix) {
            return Fixtures.unique(prefix);
        }

        /** An import file of one valid bungalow household in the grid with this id. */
        byte[] importFile(long gridId) {
            List<String> headers = Arrays.stream(RegistryColumn.values())
                    .map(RegistryColumn::header)
                    .toList();
            Map<String, String> row = Map.of(
                    "网格编码",
                    world.code(gridId),
                    "地址",
                    "矩阵路1号",
                    "住房类型",
                    "自有住房",
                    "姓名",
                    "矩阵居民",
                    "与户主关系",
                    "户主",
                    "身份证号",
                    TestIds.idCard(),
                    "民族",
                    "汉族",
                    "户籍类型",
                    "户籍人口");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (Workbook workbook = new Workbook(out, "test", "1.0")) {
                Worksheet sheet = workbook.newWorksheet("住户居民");
                for (int c = 0; c < headers.size(); c++) {
                    sheet.value(0, c, headers.get(c));
                    if (row.containsKey(headers.get(c))) {
                        sheet.value(1, c, row.get(headers.get(c)));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }
    }

    /** A request as one role, and the answer it must get. */
    record Case(String name, StaffRole role, String tried, Expect expect, Function<Ids, Req> request, Rule rule) {
        void run(Operation op, Built built, RoleMatrixWorld world) {
            Req req = request.apply(new Ids(rule, built.home(), built.away().get(role), tried, built, world));
            // Every POST goes with an Idempotency-Key: a successful one is sent again below.
            String key = "POST".equals(op.method()) ? UUID.randomUUID().toString() : null;
            Response response = send(op, built, req, key, false);
            String answer = response.statusCode() + " " + abbreviate(response.asString());
            assertThat(response.statusCode())
                    .as("%s %s as %s: never a server error; got %s", op.method(), op.path(), role.value(), answer)
                    .isLessThan(500);
            assertThat(response.statusCode())
                    .as(
                            "%s %s as %s (%s): expected %s, got %s",
                            op.method(), op.path(), role.value(), name, expect, answer)
                    .isEqualTo(expect.status());
            if (expect.field() != null) {
                // The rest of the body is valid: the foreign id is all that is wrong with it.
                assertThat(response.jsonPath().getList("violations.field", String.class))
                        .as("fields named by %s", answer)
                        .containsExactly(expect.field());
            }
            if (expect.empty()) {
                assertThat(response.jsonPath().getLong("total"))
                        .as("nothing outside the scope, in %s", answer)
                        .isZero();
            }
            if (expect.column() != null) {
                assertThat(response.jsonPath().getBoolean("imported"))
                        .as("imported, in %s", answer)
                        .isFalse();
                assertThat(response.jsonPath().getList("errors.column", String.class))
                        .as("columns in %s", answer)
                        .containsExactly(expect.column());
            }
            if (expect.status() >= 400) {
                assertThat(response.contentType())
                        .as("a refusal is problem+json: %s", answer)
                        .startsWith("application/problem+json");
            }
            // The key holds for refusals too: an answer the endpoint gave (a 400 naming a field, a 404 for a foreign
            // id) is replayed, not worked out again. A 403 is given before the key is looked at.
            if (key != null && response.statusCode() != 403) {
                replays(op, built, req, key, response);
            }
        }

        private RequestSpecification spec(Built built, Operation op, Req req, String key, boolean changed) {
            RequestSpecification spec = given().auth()
                    .oauth2(TestTokens.of(built.callers().get(role)))
                    .header("Accept-Language", "en-US")
                    .pathParams(req.path)
                    .queryParams(req.query);
            if (key != null) {
                spec.header(IdempotencyFilters.KEY, key);
            }
            if (op.ifMatch()) {
                spec.header("If-Match", "*"); // any version: a refusal must not hide behind a stale ETag
            }
            if (req.file != null) {
                byte[] file = changed ? Arrays.copyOf(req.file, req.file.length + 1) : req.file;
                spec.multiPart("file", req.fileName, file, req.fileType);
            } else {
                // also without a body: REST Assured would otherwise declare a form, which the API refuses (415)
                spec.contentType(ContentType.JSON);
                Object body = changed ? changedBody(req.body) : req.body;
                if (body != null) {
                    spec.body(body);
                }
            }
            return spec;
        }

        private Response send(Operation op, Built built, Req req, String key, boolean changed) {
            return spec(built, op, req, key, changed).request(op.method(), op.path());
        }

        /** The body with one more member (or element): another request under the same key. */
        private static Object changedBody(Object body) {
            if (body instanceof Map<?, ?> map) {
                Map<Object, Object> changed = new LinkedHashMap<>(map);
                changed.put("idempotencyProbe", true);
                return changed;
            }
            if (body instanceof List<?> list) {
                List<Object> changed = new ArrayList<>(list);
                changed.add(changed.isEmpty() ? 0 : changed.get(0));
                return changed;
            }
            return Map.of("idempotencyProbe", true);
        }

        /**
         * The idempotency contract on a POST: the same request under the same key is the first answer again (nothing
         * written twice, nothing decided twice), and another body under that key is a 422.
         */
        private void replays(Operation op, Built built, Req req, String key, Response first) {
            String what = op.method() + " " + op.path() + " as " + role.value() + " (" + name + ")";
            Response again = send(op, built, req, key, false);
            assertThat(again.statusCode())
                    .as("%s replayed: %s", what, abbreviate(again.asString()))
                    .isEqualTo(first.statusCode());
            assertThat(again.header(IdempotencyFilters.REPLAYED))
                    .as("%s replayed", what)
                    .isEqualTo("true");
            assertThat(again.asString()).as("%s replayed body", what).isEqualTo(first.asString());
            for (String header : List.of("Content-Type", "Location", "ETag")) {
                assertThat(again.header(header))
                        .as("%s replayed %s", what, header)
                        .isEqualTo(first.header(header));
            }
            Response changed = send(op, built, req, key, true);
            assertThat(changed.statusCode())
                    .as("%s with another body under the key: %s", what, abbreviate(changed.asString()))
                    .isEqualTo(422);
            assertThat(changed.jsonPath().getString("type")).endsWith("idempotency-key-reused");
        }

        private static String abbreviate(String body) {
            return body.length() > 400 ? body.substring(0, 400) + "…" : body;
        }
    }

    /** A special request as one role, beyond the foreign ids: something only the whole platform may touch. */
    private record Also(StaffRole role, String what, int status, Function<Ids, Req> request) {}

    static final class Rule {
        final String operationId;
        final Set<StaffRole> allowed;
        final List<Input> inputs;
        private Function<Ids, Req> request;
        private final List<Also> also = new ArrayList<>();
        /** The write changes only the caller's own records (a notice's read mark): every role may, viewers too. */
        private boolean ownRecordsOnly;
        /** What an allowed caller gets for an operation that names no record (201 for one that creates). */
        private int allowedStatus = 200;
        /** Where one allowed role gets another answer than {@link #allowedStatus}. */
        private final Map<StaffRole, Integer> allowedStatusOf = new EnumMap<>(StaffRole.class);

        Rule(String operationId, Set<StaffRole> allowed, List<Input> inputs) {
            this.operationId = operationId;
            this.allowed = allowed;
            this.inputs = inputs;
        }

        Rule send(Function<Ids, Req> builder) {
            request = builder;
            return this;
        }

        /** See {@link #ownRecordsOnly}. */
        Rule ownRecordsOnly() {
            ownRecordsOnly = true;
            return this;
        }

        /** See {@link #allowedStatus}. */
        Rule answers(int status) {
            allowedStatus = status;
            return this;
        }

        /** See {@link #allowedStatusOf}. */
        Rule answers(StaffRole role, int status) {
            allowedStatusOf.put(role, status);
            return this;
        }

        Rule also(StaffRole role, String what, int status, Function<Ids, Req> builder) {
            also.add(new Also(role, what, status, builder));
            return this;
        }

        Input input(String name) {
            return inputs.stream()
                    .filter(i -> i.name().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            operationId + " has no input " + name + " in RoleMatrixTest.table()"));
        }

        private List<Input> scoped() {
            return inputs.stream().filter(i -> i.in() != In.PLAIN).toList();
        }

        /**
         * Every role: refused outright (403, with every id foreign), or each scoped input tried alone; a role that may
         * call an operation naming no records is answered (200), which keeps the table's role list honest. Then,
         * for a write, the viewer inside its own scope, with a valid body and with an empty one (403 before the
         * body is read).
         */
        List<Case> cases(Operation op, Built built) {
            List<Case> cases = new ArrayList<>();
            for (StaffRole role : StaffRole.values()) {
                if (!allowed.contains(role)) {
                    cases.add(new Case(
                            role.value() + ": the role is refused, every id foreign",
                            role,
                            "*",
                            Expect.status(403),
                            request,
                            this));
                } else if (scoped().isEmpty()) {
                    cases.add(new Case(
                            role.value() + ": names no record, allowed",
                            role,
                            null,
                            Expect.status(allowedStatusOf.getOrDefault(role, allowedStatus)),
                            request,
                            this));
                } else {
                    for (Input input : scoped()) {
                        Expect expect = input.refusal();
                        cases.add(new Case(
                                role.value() + ": foreign " + input.name() + " → " + expect,
                                role,
                                input.name(),
                                expect,
                                request,
                                this));
                    }
                }
                for (Also a : also) {
                    if (a.role() == role) {
                        cases.add(new Case(
                                role.value() + ": " + a.what() + " → " + a.status(),
                                role,
                                null,
                                Expect.status(a.status()),
                                a.request(),
                                this));
                    }
                }
            }
            if (!op.method().equals("GET") && !ownRecordsOnly) {
                cases.add(new Case(
                        "viewer: inside its scope, the role is refused",
                        VIEWER,
                        null,
                        Expect.status(403),
                        request,
                        this));
                if (op.jsonBody()) {
                    cases.add(new Case(
                            "viewer: empty body, refused before it is read",
                            VIEWER,
                            null,
                            Expect.status(403),
                            r -> {
                                Req req = request.apply(r);
                                req.body = Map.of();
                                return req;
                            },
                            this));
                }
            }
            return cases;
        }

        /** What the row leaves out of the contract's inputs, or claims of them wrongly. */
        List<String> check(Operation op) {
            List<String> problems = new ArrayList<>();
            Set<String> named = inputs.stream()
                    .map(i -> i.name().replaceAll("\\[\\d+]$", ""))
                    .collect(Collectors.toSet());
            op.pathParams().stream()
                    .filter(p -> !named.contains(p))
                    .forEach(p -> problems.add(operationId + ": path parameter {" + p
                            + "} is not in its rule: name it with path(...) or plain(...)"));
            op.idFields().stream()
                    .filter(f -> !named.contains(f))
                    .forEach(
                            f -> problems.add(
                                    operationId + ": " + f
                                            + " names records but is not in its rule: add it with query(...) or body(...) and its kind"));
            for (Input input : inputs) {
                String base = input.name().replaceAll("\\[\\d+]$", "");
                boolean present = switch (input.in()) {
                    case PATH, PLAIN -> op.pathParams().contains(base);
                    case QUERY, BODY -> op.idFields().contains(base);
                    case FILE -> !op.jsonBody() && !op.method().equals("GET");
                };
                if (!present) {
                    problems.add(
                            operationId + ": its rule names " + input.name() + ", which the operation does not have");
                }
            }
            if (request == null) {
                problems.add(operationId + ": its rule has no request (send(...))");
            }
            if (!op.method().equals("GET") && allowed.contains(VIEWER) && !ownRecordsOnly) {
                problems.add(operationId + ": a write allowed to viewers");
            }
            if (!op.method().equals("GET") && scoped().isEmpty() && !allowed.isEmpty() && !ownRecordsOnly) {
                problems.add(operationId + ": a write that names no record; the matrix would carry it out");
            }
            return problems;
        }
    }

    // ---- openapi.yaml --------------------------------------------------------------------------------------------

    /** An operation of the contract, with what the matrix needs of it. */
    record Operation(
            String operationId,
            String method,
            String path,
            List<String> pathParams,
            Set<String> idFields,
            boolean ifMatch,
            boolean jsonBody) {
        String label() {
            return operationId + " (" + method + " " + path + ")";
        }

        static Map<String, Operation> all(Path file) {
            JsonNode doc;
            try {
                doc = new YAMLMapper().readTree(file.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Map<String, Operation> operations = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
                Map.Entry<String, JsonNode> path = paths.next();
                for (String method : List.of("get", "put", "post", "delete", "patch")) {
                    JsonNode op = path.getValue().get(method);
                    if (op == null) {
                        continue;
                    }
                    List<String> pathParams = new ArrayList<>();
                    Set<String> idFields = new TreeSet<>();
                    boolean ifMatch = false;
                    List<JsonNode> params = new ArrayList<>();
                    path.getValue().path("parameters").forEach(params::add);
                    op.path("parameters").forEach(params::add);
                    for (JsonNode p : params) {
                        JsonNode param = resolve(doc, p);
                        String name = param.path("name").asText();
                        switch (param.path("in").asText()) {
                            case "path" -> pathParams.add(name);
                            case "query" -> {
                                if (isIdName(name)) {
                                    idFields.add(name);
                                }
                            }
                            case "header" -> ifMatch |= name.equalsIgnoreCase("If-Match");
                            default -> {}
                        }
                    }
                    JsonNode content = resolve(doc, op.path("requestBody")).path("content");
                    JsonNode json = content.path("application/json").path("schema");
                    if (!json.isMissingNode()) {
                        collectIdFields(doc, json, "", idFields, 0);
                    }
                    String id = op.path("operationId").asText(method.toUpperCase() + " " + path.getKey());
                    operations.put(
                            id,
                            new Operation(
                                    id,
                                    method.toUpperCase(),
                                    path.getKey(),
                                    pathParams,
                                    idFields,
                                    ifMatch,
                                    !json.isMissingNode()));
                }
            }
            return operations;
        }

        private static boolean isIdName(String name) {
            return name.endsWith("Id") || name.endsWith("Ids");
        }

        private static void collectIdFields(JsonNode doc, JsonNode schema, String prefix, Set<String> into, int depth) {
            JsonNode s = resolve(doc, schema);
            if (depth > 5) {
                return;
            }
            for (JsonNode part : s.path("allOf")) {
                collectIdFields(doc, part, prefix, into, depth + 1);
            }
            for (Iterator<Map.Entry<String, JsonNode>> props =
                            s.path("properties").fields();
                    props.hasNext(); ) {
                Map.Entry<String, JsonNode> prop = props.next();
                if (isIdName(prop.getKey())) {
                    into.add(prefix + prop.getKey());
                } else {
                    collectIdFields(doc, prop.getValue(), prefix + prop.getKey() + ".", into, depth + 1);
                }
            }
        }

        private static JsonNode resolve(JsonNode doc, JsonNode node) {
            JsonNode current = node;
            while (current.has("$ref")) {
                current = doc.at(current.get("$ref").asText().substring(1));
            }
            return current;
        }
    }
}
