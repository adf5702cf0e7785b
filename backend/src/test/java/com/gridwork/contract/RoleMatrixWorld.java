package com.gridwork.contract;

import com.gridwork.access.StaffRole;
import com.gridwork.apiclient.ApiClient;
import com.gridwork.area.Area;
import com.gridwork.area.AreaLevel;
import com.gridwork.cobuild.project.ProjectTestData;
import com.gridwork.cobuild.unit.CoBuildUnit;
import com.gridwork.cobuild.unit.CoBuildUnitLiaison;
import com.gridwork.common.time.BeijingTime;
import com.gridwork.pairing.HelperKind;
import com.gridwork.pairing.reassign.PairingReassignment;
import com.gridwork.party.PartyReportStatus;
import com.gridwork.party.report.PartyUnitReport;
import com.gridwork.staff.Staff;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.PartyFixtures;
import com.gridwork.testsupport.PartyPostFixtures;
import com.gridwork.testsupport.TestIds;
import com.gridwork.testsupport.TestTokens;
import com.gridwork.testsupport.VisitCoverageFixtures;
import com.gridwork.testsupport.VisitFixtures;
import com.gridwork.testsupport.VolunteerFixtures;
import com.gridwork.testsupport.VolunteerFixtures.ActivityIds;
import com.gridwork.visit.obligation.ObligationGenerator;
import com.gridwork.visit.rule.PeriodKind;
import com.gridwork.visit.rule.VisitResponsible;
import com.gridwork.visit.rule.VisitTarget;
import com.gridwork.volunteer.Volunteer;
import com.gridwork.volunteer.activity.Activity;
import com.gridwork.volunteer.activity.ActivityPost;
import com.gridwork.volunteer.activity.ActivitySession;
import com.gridwork.volunteer.activity.ActivityStatus;
import com.gridwork.volunteer.activity.SignUp;
import com.gridwork.volunteer.activity.SignUpMode;
import com.gridwork.volunteer.activity.SignUpStatus;
import com.gridwork.volunteer.team.TeamRole;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;

import static com.gridwork.testsupport.Api.as;
import static io.restassured.RestAssured.given;

/**
 * The records the role matrix ({@link RoleMatrixTest}) addresses, in two sub-districts:
 *
 * <pre>
 * S1: community A: grid A1 (buildings b1, b2), grid A2 (building b3); community B: grid B1 (building b4)
 * S2: community C: grid C1 (building b5)
 * </pre>
 *
 * Every building holds a household with its head, and an accepted issue with a photo and a pending extension; every
 * community a talk day; each sub-district its own code-list value, issue category, calendar year, staff account and
 * API client; communities A, B and C a volunteer team with a draft activity (the volunteer caller leads A's). The
 * callers: a street-admin of S1, community staff of A, a grid worker and a volunteer of A1, a unit
 * liaison of building b1 and a viewer of A. Their "home" is b1 (the records there lie in every caller's scope);
 * what lies outside is the nearest place outside each caller's scope: S2 for the street-admin, community B for the
 * community staff and the viewer, grid A2 for the grid worker and the volunteer, building b2 for the unit liaison.
 */
@ApplicationScoped
public class RoleMatrixWorld {
    private static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'
    };
    static final int YEAR = 2095;
    /** A visit and its photo by the household they belong to: visits hang off a place's household. */
    private static final Map<Long, long[]> VISITS = new java.util.concurrent.ConcurrentHashMap<>();
    /** The pairing of each bundle's household (see {@link Kind#PAIRING}). */
    private static final Map<Long, Long> PAIRING_OF_HOUSEHOLD = new java.util.concurrent.ConcurrentHashMap<>();

    /** The kinds of record an operation's input names, each read from a {@link Place}. */
    enum Kind {
        SUB_DISTRICT(Place::subDistrict),
        COMMUNITY(Place::community),
        GRID(Place::grid),
        BUILDING(Place::building),
        HOUSEHOLD(Place::household),
        RESIDENT(Place::resident),
        ISSUE(Place::issue),
        ACCEPTED_ISSUE(Place::acceptedIssue),
        PHOTO(Place::photo),
        EXTENSION(Place::extension),
        TALK_DAY(Place::talkDay),
        /** Staff who may receive, handle or answer for an issue of the place's community. */
        COLLEAGUE(Place::colleague),
        STAFF(Place::staff),
        API_CLIENT(Place::apiClient),
        DICTIONARY_ENTRY(Place::dictionaryEntry),
        ISSUE_CATEGORY(Place::issueCategory),
        /** A notice to someone else: foreign to every caller, home or away. */
        NOTIFICATION(Place::notification),
        /** A volunteer team of the place's community (home: the one the volunteer caller leads). */
        TEAM(Place::team),
        /** A draft activity of that team in the place's community. */
        ACTIVITY(Place::activity),
        /** A published volunteer activity of the place's grid, its session and post, and another volunteer's sign-up. */
        OPEN_ACTIVITY(p -> p.volunteering().activity()),
        ACTIVITY_SESSION(p -> p.volunteering().session()),
        ACTIVITY_POST(p -> p.volunteering().post()),
        SIGN_UP_RECORD(p -> p.volunteering().signUp()),
        /** A session of a published volunteer activity of the place's community. */
        VOLUNTEER_SESSION(Place::volunteerSession),
        /** A volunteer of the place's community, a team of it and the volunteer's membership (home: the caller's own). */
        VOLUNTEER_PROFILE(Place::volunteer),
        VOLUNTEER_TEAM(Place::volunteerTeam),
        /** A membership of the place's team. */
        VOLUNTEER_TEAM_MEMBERSHIP(Place::volunteerTeamMembership),
        /** A confirmed hours entry of the place's volunteer. */
        HOURS_ENTRY(Place::hoursEntry),
        /** A visit rule and a visit question of the place's sub-district (kept beside the place: see VISIT_CONFIG). */
        VISIT_RULE(p -> VISIT_CONFIG.get(p.subDistrict())[0]),
        VISIT_QUESTION(p -> VISIT_CONFIG.get(p.subDistrict())[1]),
        /** The visit obligation of the place's household (the volunteer caller is paired with the home one). */
        VISIT_OBLIGATION(p -> VisitObligations.OF_HOUSEHOLD.get(p.household())),
        /** The running period of the obligations' rule in the place's sub-district. */
        OBLIGATION_PERIOD(p -> VisitObligations.PERIOD_OF_SUB_DISTRICT.get(p.subDistrict())),
        /** A visit to the place's household (home: the volunteer caller's, made as the household's helper) and its photo. */
        VISIT(p -> VISITS.get(p.household())[0]),
        VISIT_PHOTO(p -> VISITS.get(p.household())[1]),
        /** An active pairing of the place's household (a helper of the whole platform). */
        PAIRING(p -> PAIRING_OF_HOUSEHOLD.get(p.household())),
        /** A bulk reassignment of pairings done in the place's grid. */
        PAIRING_REASSIGNMENT(p -> RoleMatrixWorld.REASSIGNMENTS.get(p.grid())),
        /** A visit rule (for coverage) of the place's sub-district, and a period of it (visit coverage). */
        COVERAGE_RULE(p -> COVERAGE_RULES.get(p.subDistrict())[0]),
        COVERAGE_PERIOD(p -> COVERAGE_RULES.get(p.subDistrict())[1]),
        /** A co-building unit of the place's sub-district, and a liaison account of it (issue 16). */
        COBUILD_UNIT(p -> COBUILD_UNITS.get(p.subDistrict())[0]),
        COBUILD_LIAISON(p -> COBUILD_UNITS.get(p.subDistrict())[1]),
        /** A party member's report to the place's community, and a unit's report to it (issue 16). */
        PARTY_REPORT(p -> PartyReports.MEMBER.get(p.community())),
        PARTY_UNIT_REPORT(p -> PartyReports.UNIT_REPORT.get(p.community())),
        /** An active co-building unit of the place's sub-district: a report's employer, or the unit reporting. */
        PARTY_REPORT_UNIT(p -> PartyReports.UNIT.get(p.subDistrict())),
        /**
         * A community of the place's sub-district that a report may go to: a member reports to, and a report is
         * transferred to, any community of its sub-district (home: community B).
         */
        PARTY_REPORT_COMMUNITY(p -> PartyReports.COMMUNITY.get(p.subDistrict())),
        /**
         * A party post of the place's grid with a member's live claim, their logged service and its photo (home: the
         * volunteer caller's, who reported to community A); the *_OF_COMMUNITY kinds are those of the first grid of
         * the place's community, for what a member reaches by their report's community rather than by scope.
         */
        PARTY_POST(p -> PARTY_POSTS.get(p.grid()).post()),
        PARTY_POST_CLAIM(p -> PARTY_POSTS.get(p.grid()).claim()),
        PARTY_SERVICE_LOG(p -> PARTY_POSTS.get(p.grid()).log()),
        PARTY_SERVICE_PHOTO(p -> PARTY_POSTS.get(p.grid()).photo()),
        PARTY_POST_OF_COMMUNITY(
                p -> PARTY_POSTS.get(PARTY_GRID_OF_COMMUNITY.get(p.community())).post()),
        PARTY_POST_CLAIM_OF_COMMUNITY(
                p -> PARTY_POSTS.get(PARTY_GRID_OF_COMMUNITY.get(p.community())).claim()),
        PARTY_SERVICE_LOG_OF_COMMUNITY(
                p -> PARTY_POSTS.get(PARTY_GRID_OF_COMMUNITY.get(p.community())).log()),
        /** A confirmed (ACTIVE) party-member report of the place's community: its feedback form (反馈单). */
        PARTY_FEEDBACK(p -> FEEDBACK_FORMS.get(p.community())),
        /**
         * Co-building (issue 16): a unit of the place's sub-district (home: the liaison caller's), its resource and a
         * points entry; an agreement (ACTIVE) and a need of the place's community (see {@link CoBuild}).
         */
        COBUILD_HOME_UNIT(p -> CoBuild.OF_SUB_DISTRICT.get(p.subDistrict())[0]),
        COBUILD_RESOURCE(p -> CoBuild.OF_SUB_DISTRICT.get(p.subDistrict())[1]),
        COBUILD_POINTS_ENTRY(p -> CoBuild.OF_SUB_DISTRICT.get(p.subDistrict())[2]),
        COBUILD_AGREEMENT(p -> CoBuild.OF_COMMUNITY.get(p.community())[0]),
        COBUILD_NEED(p -> CoBuild.OF_COMMUNITY.get(p.community())[1]),
        /**
         * A published micro-wish of the place's community, and a live claim of another of its wishes by a volunteer
         * of that community (foreign to the volunteer caller, whose community is A, wherever it lies).
         */
        MICRO_WISH(p -> MICRO_WISHES.get(p.community())[0]),
        MICRO_WISH_CLAIM(p -> MICRO_WISHES.get(p.community())[1]),
        /** Co-building projects: a unit of the place's sub-district (paired with its communities), its resource. */
        PROJECT_UNIT(p -> CoBuildProjects.UNIT.get(p.subDistrict())),
        PROJECT_RESOURCE(p -> CoBuildProjects.RESOURCE.get(p.subDistrict())),
        /** A need of the place's community, a draft project of it, and a milestone (with a photo) of a claimed one. */
        PROJECT_NEED(p -> CoBuildProjects.OF_COMMUNITY.get(p.community())[0]),
        COBUILD_PROJECT(p -> CoBuildProjects.OF_COMMUNITY.get(p.community())[1]),
        COBUILD_MILESTONE(p -> CoBuildProjects.OF_COMMUNITY.get(p.community())[2]),
        MILESTONE_PHOTO(p -> CoBuildProjects.OF_COMMUNITY.get(p.community())[3]),
        /** A photo upload of someone else's (the builder's): foreign to every caller, home or away. */
        PHOTO_UPLOAD(p -> othersUpload);

        private final ToLongFunction<Place> id;

        Kind(ToLongFunction<Place> id) {
            this.id = id;
        }

        long of(Place place) {
            return id.applyAsLong(place);
        }
    }

    /** The party post (with a claim, a log and a photo) of each grid, and the grid of each community that holds them. */
    private static final Map<Long, PartyPostFixtures.Served> PARTY_POSTS = new ConcurrentHashMap<>();

    private static final Map<Long, Long> PARTY_GRID_OF_COMMUNITY = new ConcurrentHashMap<>();
    /** Community → a confirmed report of a member there (its feedback form), made by {@link #build}. */
    static final Map<Long, Long> FEEDBACK_FORMS = new ConcurrentHashMap<>();
    /** Community → {published wish, live claim of another wish} of it, made by {@link #build}. */
    private static final Map<Long, long[]> MICRO_WISHES = new ConcurrentHashMap<>();

    /** An upload by the account that builds the world, made by {@link #build}: no caller's to use. */
    private static volatile long othersUpload;

    /** Sub-district → {visit rule, visit question} of it, made by {@link #build}. */
    private static final Map<Long, long[]> VISIT_CONFIG = new java.util.concurrent.ConcurrentHashMap<>();

    /** One id of every kind, all in one caller's scope (home) or all outside it. */
    record Place(
            long subDistrict,
            long community,
            long grid,
            long building,
            long household,
            long resident,
            long issue,
            long acceptedIssue,
            long photo,
            long extension,
            long talkDay,
            long colleague,
            long staff,
            long apiClient,
            long dictionaryEntry,
            long issueCategory,
            long notification,
            long team,
            long activity,
            Volunteering volunteering,
            long volunteerSession,
            long volunteer,
            long volunteerTeam,
            long volunteerTeamMembership,
            long hoursEntry) {
        /** The same place with these volunteer records. */
        Place with(long team, long activity) {
            return new Place(
                    subDistrict,
                    community,
                    grid,
                    building,
                    household,
                    resident,
                    issue,
                    acceptedIssue,
                    photo,
                    extension,
                    talkDay,
                    colleague,
                    staff,
                    apiClient,
                    dictionaryEntry,
                    issueCategory,
                    notification,
                    team,
                    activity,
                    volunteering,
                    volunteerSession,
                    volunteer,
                    volunteerTeam,
                    volunteerTeamMembership,
                    hoursEntry);
        }
    }

    /** A volunteer activity in a grid (its session and post) with a pending sign-up of a volunteer of the community. */
    record Volunteering(long activity, long session, long post, long signUp) {}

    /** A community's volunteer, its team, the volunteer's membership of it, and a confirmed hours entry. */
    private record VolunteerPeople(long volunteer, long team, long membership, long hoursEntry) {}

    /**
     * The built world: each role's caller, the shared home place, each role's foreign place, and what belongs to
     * the whole platform (a default code-list value and issue category, which scoped street-admins may not change).
     */
    record Built(
            Map<StaffRole, String> callers,
            Place home,
            Map<StaffRole, Place> away,
            long platformDictionaryEntry,
            long platformCategory,
            String homeCategoryCode) {}

    /** The records of one building. */
    private record Bundle(
            long grid, long building, long household, long resident, long issue, long photo, long extension) {}

    @Inject
    Fixtures fixtures;

    @Inject
    VolunteerFixtures volunteers;

    @Inject
    VisitFixtures visitFixtures;

    @Inject
    ObligationGenerator obligationGenerator;

    @Inject
    EntityManager em;

    /** Visit obligations by household and their periods by sub-district, filled by {@link #build}. */
    static final class VisitObligations {
        static final Map<Long, Long> OF_HOUSEHOLD = new ConcurrentHashMap<>();
        static final Map<Long, Long> PERIOD_OF_SUB_DISTRICT = new ConcurrentHashMap<>();

        private VisitObligations() {}
    }

    /** The pairing reassignment done in each grid, by the grid's id (read by {@link Kind#PAIRING_REASSIGNMENT}). */
    static final Map<Long, Long> REASSIGNMENTS = new java.util.concurrent.ConcurrentHashMap<>();

    @Inject
    VisitCoverageFixtures coverageFixtures;

    @Inject
    PartyPostFixtures partyPosts;

    @Inject
    ProjectTestData projectData;

    /** Each sub-district's visit rule and its period, by the sub-district's id (the world is built once per run). */
    static final Map<Long, long[]> COVERAGE_RULES = new ConcurrentHashMap<>();

    /** Each sub-district's co-building unit and a liaison account of it, by the sub-district's id. */
    static final Map<Long, long[]> COBUILD_UNITS = new ConcurrentHashMap<>();

    /** Co-building records by sub-district {unit, resource, points entry} and by community {agreement, need}. */
    static final class CoBuild {
        static final Map<Long, long[]> OF_SUB_DISTRICT = new ConcurrentHashMap<>();
        static final Map<Long, long[]> OF_COMMUNITY = new ConcurrentHashMap<>();

        private CoBuild() {}
    }

    @Inject
    PartyFixtures party;
    /** Party reports by community, units and target communities by sub-district, made by {@link #build}. */
    static final class PartyReports {
        static final Map<Long, Long> MEMBER = new ConcurrentHashMap<>();
        static final Map<Long, Long> UNIT_REPORT = new ConcurrentHashMap<>();
        static final Map<Long, Long> UNIT = new ConcurrentHashMap<>();
        static final Map<Long, Long> COMMUNITY = new ConcurrentHashMap<>();

        private PartyReports() {}
    }

    private String admin;
    private long defaultCategory;
    private long othersNotification;

    public Built build() {
        admin = fixtures.staff(StaffRole.STREET_ADMIN); // no areas: the whole platform, builds everything
        defaultCategory = as(admin)
                .get("/api/issue-categories")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("find { it.code == 'OTHER' }.id");
        long s1 = fixtures.area(AreaLevel.SUB_DISTRICT, null, "矩阵街道一");
        long s2 = fixtures.area(AreaLevel.SUB_DISTRICT, null, "矩阵街道二");
        long a = fixtures.area(AreaLevel.COMMUNITY, s1, "社区A");
        long b = fixtures.area(AreaLevel.COMMUNITY, s1, "社区B");
        long c = fixtures.area(AreaLevel.COMMUNITY, s2, "社区C");
        long a1 = fixtures.area(AreaLevel.GRID, a, "A1网格");
        long a2 = fixtures.area(AreaLevel.GRID, a, "A2网格");
        long b1 = fixtures.area(AreaLevel.GRID, b, "B1网格");
        long c1 = fixtures.area(AreaLevel.GRID, c, "C1网格");

        Map<StaffRole, String> callers = new EnumMap<>(StaffRole.class);
        callers.put(StaffRole.STREET_ADMIN, fixtures.staff(StaffRole.STREET_ADMIN, s1));
        callers.put(StaffRole.COMMUNITY_STAFF, fixtures.staff(StaffRole.COMMUNITY_STAFF, a));
        callers.put(StaffRole.GRID_WORKER, fixtures.staff(StaffRole.GRID_WORKER, a1));
        callers.put(StaffRole.VOLUNTEER, fixtures.staff(StaffRole.VOLUNTEER, a1));
        callers.put(StaffRole.VIEWER, fixtures.staff(StaffRole.VIEWER, a));
        long colleagueA = fixtures.staffId(fixtures.staff(StaffRole.COMMUNITY_STAFF, a));
        long colleagueB = fixtures.staffId(fixtures.staff(StaffRole.COMMUNITY_STAFF, b));
        long colleagueC = fixtures.staffId(fixtures.staff(StaffRole.COMMUNITY_STAFF, c));
        long accountS1 = fixtures.staffId(fixtures.staff(StaffRole.VIEWER, a));
        long accountS2 = fixtures.staffId(fixtures.staff(StaffRole.VIEWER, c));

        Bundle home = bundle(a1, 1);
        Bundle sameGrid = bundle(a1, 2);
        callers.put(StaffRole.UNIT_LIAISON, fixtures.staff(StaffRole.UNIT_LIAISON, home.building()));
        Bundle otherGrid = bundle(a2, 3);
        Bundle otherCommunity = bundle(b1, 4);
        Bundle otherSubDistrict = bundle(c1, 5);
        for (Bundle paired : List.of(home, sameGrid, otherGrid, otherCommunity, otherSubDistrict)) {
            PAIRING_OF_HOUSEHOLD.put(
                    paired.household(), visitFixtures.pairStaff(paired.household(), admin, "MINIMUM_LIVING"));
        }
        long talkDayA = talkDay(a);
        long talkDayB = talkDay(b);
        long talkDayC = talkDay(c);
        VolunteerPeople volunteersA = people(a);
        VolunteerPeople volunteersB = people(b);
        VolunteerPeople volunteersC = people(c);
        // The volunteer caller leads the home team (its activities are its to organise); B's and C's are others'.
        long teamA = volunteers.team(a, "矩阵服务队A");
        long teamB = volunteers.team(b, "矩阵服务队B");
        long teamC = volunteers.team(c, "矩阵服务队C");
        // The volunteer caller's one profile: it leads team A and the home activity's team (below).
        long self = volunteersA.volunteer();
        linkVolunteer(self, callers.get(StaffRole.VOLUNTEER));
        volunteers.member(teamA, self, TeamRole.LEADER);
        long activityA = activity(teamA, a);
        long activityB = activity(teamB, b);
        long activityC = activity(teamC, c);
        long sessionA = volunteerSession(a);
        long sessionB = volunteerSession(b);
        long sessionC = volunteerSession(c);

        // An issue the grid worker took in: theirs to correct and to transfer (they answer for it).
        long workersIssue = issue(callers.get(StaffRole.GRID_WORKER), home.household());
        othersNotification =
                fixtures.notification(fixtures.staffId(fixtures.staff(StaffRole.COMMUNITY_STAFF, a)), home.issue());
        othersUpload = given().auth()
                .oauth2(TestTokens.of(admin))
                .multiPart("file", "upload.png", PNG, "image/png")
                .post("/api/photo-uploads")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        String homeCategoryCode = upperCode();
        Volunteering homeVolunteering = volunteering(a, a1);
        volunteers.member(teamOf(homeVolunteering.activity()), self, TeamRole.LEADER);
        Place homePlace = new Place(
                s1,
                a,
                a1,
                home.building(),
                home.household(),
                home.resident(),
                workersIssue,
                home.issue(),
                home.photo(),
                home.extension(),
                talkDayA,
                colleagueA,
                accountS1,
                apiClient(a),
                dictionaryEntry(s1),
                issueCategory(s1, homeCategoryCode),
                othersNotification,
                teamA,
                activityA,
                homeVolunteering,
                sessionA,
                volunteersA.volunteer(),
                volunteersA.team(),
                volunteersA.membership(),
                volunteersA.hoursEntry());
        // Things of S2 for the kinds whose scope is a sub-district (only street-admins manage them).
        long clientS2 = apiClient(c);
        long entryS2 = dictionaryEntry(s2);
        long categoryS2 = issueCategory(s2, upperCode());
        calendarYear(s1);
        calendarYear(s2);
        VISIT_CONFIG.put(s1, new long[] {visitRule(s1), visitQuestion(s1)});
        VISIT_CONFIG.put(s2, new long[] {visitRule(s2), visitQuestion(s2)});
        for (long subDistrict : List.of(s1, s2)) {
            long unit = party.unit(subDistrict, 10);
            COBUILD_UNITS.put(subDistrict, new long[] {unit, fixtures.staffId(party.liaison(unit))});
        }

        for (long grid : List.of(a1, a2, b1, c1)) {
            REASSIGNMENTS.put(grid, reassignment(grid, colleagueA, accountS1));
        }
        coverageRule(s1);
        coverageRule(s2);
        partyReports(Map.of(s1, b, s2, c), Map.of(a, s1, b, s1, c, s2));
        partyPosts(self, a, b, c, a1, a2, b1, c1);
        coBuild(s1, s2, a, b, c, callers.get(StaffRole.UNIT_LIAISON));
        for (long community : List.of(a, b, c)) {
            long member = volunteers.volunteer(community, Fixtures.unique("矩阵党员"));
            FEEDBACK_FORMS.put(
                    community,
                    party.report(member, community, BeijingTime.today().getYear(), PartyReportStatus.ACTIVE, null));
        }

        Map<StaffRole, Place> away = new EnumMap<>(StaffRole.class);
        away.put(
                StaffRole.STREET_ADMIN,
                place(
                                s2,
                                c,
                                otherSubDistrict,
                                talkDayC,
                                colleagueC,
                                accountS2,
                                clientS2,
                                entryS2,
                                categoryS2,
                                sessionC,
                                volunteersC)
                        .with(teamC, activityC));
        Place otherCommunityPlace = place(
                        s2,
                        b,
                        otherCommunity,
                        talkDayB,
                        colleagueB,
                        accountS2,
                        clientS2,
                        entryS2,
                        categoryS2,
                        sessionB,
                        volunteersB)
                .with(teamB, activityB);
        away.put(StaffRole.COMMUNITY_STAFF, otherCommunityPlace);
        away.put(StaffRole.VIEWER, otherCommunityPlace);
        // Community A lies above a grid worker's grid (its talk days are theirs to see): outside lies community B.
        Place otherGridPlace = place(
                        s2,
                        b,
                        otherGrid,
                        talkDayB,
                        colleagueB,
                        accountS2,
                        clientS2,
                        entryS2,
                        categoryS2,
                        sessionB,
                        volunteersB)
                .with(teamB, activityB);
        away.put(StaffRole.GRID_WORKER, otherGridPlace);
        away.put(StaffRole.VOLUNTEER, otherGridPlace);
        // Grid A1 lies above the unit liaison's building: outside lies grid A2 and the other building b2 of A1.
        away.put(
                StaffRole.UNIT_LIAISON,
                new Place(
                        s2,
                        b,
                        a2,
                        sameGrid.building(),
                        sameGrid.household(),
                        sameGrid.resident(),
                        sameGrid.issue(),
                        sameGrid.issue(),
                        sameGrid.photo(),
                        sameGrid.extension(),
                        talkDayB,
                        colleagueB,
                        accountS2,
                        clientS2,
                        entryS2,
                        categoryS2,
                        othersNotification,
                        teamB,
                        activityB,
                        volunteering(a, a2),
                        sessionB,
                        volunteersB.volunteer(),
                        volunteersB.team(),
                        volunteersB.membership(),
                        volunteersB.hoursEntry()));

        microWishes(a, home.household());
        microWishes(b, otherCommunity.household());
        microWishes(c, otherSubDistrict.household());
        visitObligations(self, home.household(), s1, s2);
        // the volunteer caller (paired with the home household above) visits it; the others are the admin's
        visit(callers.get(StaffRole.VOLUNTEER), home.household());
        for (Bundle other : List.of(sameGrid, otherGrid, otherCommunity, otherSubDistrict)) {
            visit(admin, other.household());
        }
        coBuildProjects(s1, a, b);
        coBuildProjects(s2, c);

        long platformEntry = as(admin)
                .queryParam("category", "HOUSEHOLD_TAG")
                .get("/api/dictionary")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("find { it.subDistrictId == null }.id");
        return new Built(callers, homePlace, away, platformEntry, defaultCategory, homeCategoryCode);
    }

    /** Two wishes of the household (of this community): one published, one claimed by a volunteer of the community. */
    private void microWishes(long community, long household) {
        long[] wishes = new long[2];
        for (int i = 0; i < 2; i++) {
            wishes[i] = as(admin)
                    .body(Map.of("householdId", household, "categoryCode", "STUDY", "title", "矩阵心愿"))
                    .post("/api/micro-wishes")
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getLong("id");
        }
        String claimant = fixtures.staff(StaffRole.VOLUNTEER, community);
        volunteers.linkAccount(volunteers.volunteer(community, "矩阵认领人"), claimant);
        long claim = as(claimant)
                .post("/api/micro-wishes/" + wishes[1] + "/claims")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        MICRO_WISHES.put(community, new long[] {wishes[0], claim});
    }

    /**
     * A party post in each grid with a member's claim, service log and photo; the home one (grid A1) is the
     * volunteer caller's, who reported to community A.
     */
    private void partyPosts(long self, long a, long b, long c, long a1, long a2, long b1, long c1) {
        long creator = partyPosts.anyStaffId();
        long selfReport = partyPosts.activeReport(self, a);
        PARTY_POSTS.put(a1, partyPosts.served(a1, self, selfReport, creator));
        for (long[] grid : new long[][] {{a2, a}, {b1, b}, {c1, c}}) {
            PartyFixtures.Member member = party.member(grid[1]);
            PARTY_POSTS.put(grid[0], partyPosts.served(grid[0], member.volunteerId(), member.reportId(), creator));
        }
        PARTY_GRID_OF_COMMUNITY.put(a, a1);
        PARTY_GRID_OF_COMMUNITY.put(b, b1);
        PARTY_GRID_OF_COMMUNITY.put(c, c1);
    }

    /**
     * A running period of a rule in each sub-district, so every household has an obligation; the volunteer caller
     * helps the home household (its obligations are the volunteer's to see).
     */
    private void visitObligations(long volunteer, long homeHousehold, long... subDistricts) {
        visitFixtures.pairVolunteer(homeHousehold, volunteer, "ELDERLY_ALONE");
        LocalDate today = BeijingTime.today();
        for (long subDistrict : subDistricts) {
            long rule = visitFixtures.rule(
                    subDistrict,
                    VisitTarget.ALL_HOUSEHOLDS,
                    VisitResponsible.GRID_WORKER,
                    PeriodKind.EVERY_N_DAYS,
                    30,
                    today);
            long period =
                    obligationGenerator.generate(rule, today).orElseThrow().periodId();
            VisitObligations.PERIOD_OF_SUB_DISTRICT.put(subDistrict, period);
            QuarkusTransaction.requiringNew()
                    .run(() -> em.createNativeQuery(
                                    "SELECT household_id, id FROM visit_obligation WHERE period_id = :p",
                                    Object[].class)
                            .setParameter("p", period)
                            .getResultList()
                            .forEach(row -> VisitObligations.OF_HOUSEHOLD.put(
                                    ((Number) ((Object[]) row)[0]).longValue(),
                                    ((Number) ((Object[]) row)[1]).longValue())));
        }
    }

    /** A visit to the household by this user, with a photo the admin adds. */
    /** The co-building records of a sub-district and its communities (see the PROJECT_ kinds). */
    static final class CoBuildProjects {
        static final Map<Long, Long> UNIT = new ConcurrentHashMap<>();
        static final Map<Long, Long> RESOURCE = new ConcurrentHashMap<>();
        /** Community → {need, draft project, milestone of a claimed project, its photo}. */
        static final Map<Long, long[]> OF_COMMUNITY = new ConcurrentHashMap<>();
    }

    private void coBuildProjects(long subDistrict, long... communities) {
        long unit = party.unit(subDistrict, 10);
        String liaison = party.liaison(unit);
        long resource = projectData.resource(unit);
        CoBuildProjects.UNIT.put(subDistrict, unit);
        CoBuildProjects.RESOURCE.put(subDistrict, resource);
        for (long community : communities) {
            party.pair(unit, community);
            long need = projectData.need(community);
            Map<String, Object> draft = Map.of(
                    "communityId",
                    community,
                    "fieldCode",
                    "ELDERLY_CARE",
                    "title",
                    "矩阵项目",
                    "needIds",
                    List.of(need),
                    "resourceIds",
                    List.of(resource));
            long project = as(admin)
                    .body(draft)
                    .post("/api/cobuild-projects")
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getLong("id");
            long claimed = as(admin)
                    .body(draft)
                    .post("/api/cobuild-projects")
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getLong("id");
            as(admin)
                    .post("/api/cobuild-projects/" + claimed + "/approve")
                    .then()
                    .statusCode(200);
            as(liaison)
                    .post("/api/cobuild-projects/" + claimed + "/claim")
                    .then()
                    .statusCode(200);
            long milestone = as(liaison)
                    .body(Map.of("title", "矩阵节点", "dueOn", BeijingTime.today().toString()))
                    .post("/api/cobuild-projects/" + claimed + "/milestones")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getLong("milestones[0].id");
            long photo = given().auth()
                    .oauth2(TestTokens.of(liaison))
                    .multiPart("doneOn", BeijingTime.today().toString())
                    .multiPart("report", "矩阵报告")
                    .multiPart("file", "m.png", PNG, "image/png")
                    .post("/api/cobuild-milestones/" + milestone + "/report")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getLong("milestones[0].photoIds[0]");
            CoBuildProjects.OF_COMMUNITY.put(community, new long[] {need, project, milestone, photo});
        }
    }

    private void visit(String user, long household) {
        long visit = as(user).body(Map.of(
                        "householdId",
                        household,
                        "mode",
                        "IN_HOME",
                        "outcome",
                        "COMPLETED",
                        "visitedAt",
                        Instant.now().toString(),
                        "locationMissingReason",
                        "DENIED"))
                .post("/api/visits")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        long photo = given().auth()
                .oauth2(TestTokens.of(admin))
                .multiPart("file", "visit.png", PNG, "image/png")
                .post("/api/visits/" + visit + "/photos")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("photos[0].id");
        VISITS.put(household, new long[] {visit, photo});
    }

    private Place place(
            long subDistrict,
            long community,
            Bundle bundle,
            long talkDay,
            long colleague,
            long staff,
            long apiClient,
            long dictionaryEntry,
            long issueCategory,
            long volunteerSession,
            VolunteerPeople people) {
        return new Place(
                subDistrict,
                community,
                bundle.grid(),
                bundle.building(),
                bundle.household(),
                bundle.resident(),
                bundle.issue(),
                bundle.issue(),
                bundle.photo(),
                bundle.extension(),
                talkDay,
                colleague,
                staff,
                apiClient,
                dictionaryEntry,
                issueCategory,
                othersNotification,
                0,
                0,
                volunteering(community, bundle.grid()),
                volunteerSession,
                people.volunteer(),
                people.team(),
                people.membership(),
                people.hoursEntry());
    }

    /** The session of a published activity of a new team of the community, running an hour from now. */
    private long volunteerSession(long community) {
        Instant start = Instant.now().plusSeconds(3600);
        return volunteers
                .activity(
                        volunteers.team(community, "矩阵服务队"),
                        community,
                        ActivityStatus.PUBLISHED,
                        SignUpMode.FIRST_COME,
                        start,
                        start.plusSeconds(7200),
                        5)
                .sessionId();
    }

    /** A volunteer of the community, a team of the community, and the volunteer's membership of it. */
    private VolunteerPeople people(long community) {
        long volunteer = as(admin)
                .body(Map.of("communityId", community, "name", "矩阵志愿者", "idCard", TestIds.idCard()))
                .post("/api/volunteers")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("volunteer.id");
        long team = as(admin)
                .body(Map.of("areaId", community, "name", "矩阵服务队", "typeCode", "OTHER"))
                .post("/api/volunteer-teams")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("team.id");
        long membership = as(admin)
                .body(Map.of("volunteerId", volunteer, "role", "LEADER"))
                .post("/api/volunteer-teams/" + team + "/members")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("members[0].membershipId");
        long entry = as(admin)
                .body(Map.of("serviceDate", "2026-01-05", "minutes", 60, "description", "矩阵服务"))
                .post("/api/volunteers/" + volunteer + "/hours")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        as(admin)
                .body(Map.of("entryIds", List.of(entry), "decision", "CONFIRM"))
                .post("/api/volunteer-hours/decisions")
                .then()
                .statusCode(200);
        return new VolunteerPeople(volunteer, team, membership, entry);
    }

    /** Makes the volunteer profile the account's own, as a sign-in created for it would. */
    @Transactional
    public void linkVolunteer(long volunteerId, String username) {
        Volunteer.<Volunteer>findById(volunteerId).staffId = Staff.findByUsername(username).id;
    }

    /** A building in the grid with a household, its head, and an accepted issue with a photo and a pending extension. */
    private Bundle bundle(long grid, int n) {
        long building = fixtures.area(AreaLevel.BUILDING, grid, n + "号楼");
        long household = as(admin)
                .body(Map.of(
                        "gridId",
                        grid,
                        "buildingId",
                        building,
                        "unitNo",
                        "1",
                        "roomNo",
                        "10" + n,
                        "housingType",
                        "OWNED",
                        "phone",
                        TestIds.mobile()))
                .post("/api/households")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("household.id");
        long resident = as(admin)
                .body(Map.of(
                        "householdId",
                        household,
                        "name",
                        "居民" + n,
                        "idCard",
                        TestIds.idCard(),
                        "phone",
                        TestIds.mobile(),
                        "ethnicity",
                        "01",
                        "relation",
                        "HEAD",
                        "registrationType",
                        "LOCAL"))
                .post("/api/residents")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("resident.id");
        long issue = issue(admin, household);
        long photo = given().auth()
                .oauth2(TestTokens.of(admin))
                .multiPart("file", "photo.png", PNG, "image/png")
                .post("/api/issues/" + issue + "/photos")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("photos[0].id");
        as(admin).body(Map.of()).post("/api/issues/" + issue + "/accept").then().statusCode(200);
        long extension = as(admin)
                .body(Map.of("days", 2, "reason", "需要更换管段"))
                .post("/api/issues/" + issue + "/extensions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("extensions[0].id");
        return new Bundle(grid, building, household, resident, issue, photo, extension);
    }

    private void coverageRule(long subDistrict) {
        long rule = visitFixtures.rule(
                subDistrict,
                VisitTarget.ALL_HOUSEHOLDS,
                VisitResponsible.GRID_WORKER,
                PeriodKind.HALF_YEAR,
                null,
                LocalDate.of(2026, 1, 1));
        COVERAGE_RULES.put(subDistrict, new long[] {
            rule, coverageFixtures.period(rule, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30))
        });
    }

    private long issue(String receiver, long household) {
        return as(receiver)
                .body(Map.of(
                        "categoryId",
                        defaultCategory,
                        "description",
                        "楼道灯不亮",
                        "urgency",
                        "NORMAL",
                        "channel",
                        "OFFICE",
                        "location",
                        Map.of("householdId", household),
                        "reporter",
                        Map.of("name", "王大爷", "phone", "13812345678")))
                .post("/api/issues")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("issue.id");
    }

    private long talkDay(long community) {
        return as(admin)
                .body(Map.of(
                        "communityId",
                        community,
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
                .getLong("talkDay.id");
    }

    /** A draft activity of the team in the community, two days ahead. */
    private long activity(long team, long community) {
        Instant start = Instant.now().plus(2, ChronoUnit.DAYS);
        return volunteers
                .activity(
                        team, community, ActivityStatus.DRAFT, SignUpMode.FIRST_COME, start, start.plusSeconds(7200), 5)
                .activityId();
    }

    private long dictionaryEntry(long subDistrict) {
        return as(admin)
                .body(Map.of(
                        "category",
                        "HOUSEHOLD_TAG",
                        "code",
                        upperCode(),
                        "name",
                        "矩阵测试",
                        "sortOrder",
                        50,
                        "subDistrictId",
                        subDistrict))
                .post("/api/dictionary")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private long issueCategory(long subDistrict, String code) {
        return as(admin)
                .body(Map.of(
                        "code",
                        code,
                        "name",
                        "矩阵测试" + subDistrict,
                        "timeLimitDays",
                        5,
                        "sortOrder",
                        90,
                        "active",
                        true,
                        "subDistrictId",
                        subDistrict))
                .post("/api/issue-categories")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private void calendarYear(long subDistrict) {
        as(admin)
                .body(Map.of("days", List.of()))
                .put("/api/calendar/" + YEAR + "?subDistrictId=" + subDistrict)
                .then()
                .statusCode(200);
    }

    /** A visit rule of the sub-district (through the API, which also makes its two defaults). */
    private long visitRule(long subDistrict) {
        return as(admin)
                .body(Map.of(
                        "subDistrictId",
                        subDistrict,
                        "name",
                        "矩阵走访规则",
                        "target",
                        "ALL_HOUSEHOLDS",
                        "responsible",
                        "GRID_WORKER",
                        "periodKind",
                        "QUARTER",
                        "anchorDate",
                        java.time.LocalDate.now().withDayOfMonth(1).toString(),
                        "visitsRequired",
                        1,
                        "modes",
                        List.of("IN_HOME")))
                .post("/api/visit-rules")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private long visitQuestion(long subDistrict) {
        return as(admin)
                .body(Map.of(
                        "subDistrictId", subDistrict, "text", "矩阵走访问题", "kind", "TEXT", "sortOrder", 1, "active", true))
                .post("/api/visit-questions")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** An API client scoped to the area, straight in the database: refused calls never reach Keycloak. */
    @Transactional
    public long apiClient(long areaId) {
        String clientId = Fixtures.unique("gridwork-api-").toLowerCase(Locale.ROOT);
        Staff account = new Staff();
        account.username = Staff.SERVICE_ACCOUNT_PREFIX + clientId;
        account.displayName = "矩阵测试系统";
        account.role = StaffRole.VIEWER;
        account.serviceAccount = true;
        account.areas.add(Area.findById(areaId));
        account.persist();
        ApiClient client = new ApiClient();
        client.account = account;
        client.clientId = clientId;
        client.keycloakId = Fixtures.unique("kc-");
        client.contactName = "王强";
        client.contactEmail = "ops@matrix.example.cn";
        client.secretIssuedAt = Instant.now();
        client.createdBy = admin;
        client.persist();
        return client.id;
    }

    /** A published activity of a team of the community, held in the grid, with a pending sign-up of a volunteer. */
    private Volunteering volunteering(long community, long grid) {
        long team = volunteers.team(community, "矩阵服务队");
        Instant start = Instant.now().plus(Duration.ofDays(30));
        ActivityIds ids = volunteers.activity(
                team,
                community,
                ActivityStatus.PUBLISHED,
                SignUpMode.APPROVAL,
                start,
                start.plus(Duration.ofHours(2)),
                5);
        long volunteer = volunteers.volunteer(community, "矩阵报名者");
        return new Volunteering(ids.activityId(), ids.sessionId(), ids.postId(), pendingSignUp(ids, grid, volunteer));
    }

    /** Moves the activity into the grid and signs the volunteer up (pending: it holds no place). */
    @Transactional
    long pendingSignUp(ActivityIds ids, long grid, long volunteerId) {
        Activity activity = Activity.findById(ids.activityId());
        Area area = Area.findById(grid);
        activity.grid = area;
        activity.areaPath = area.path;
        SignUp signUp = new SignUp();
        signUp.activity = activity;
        signUp.session = ActivitySession.findById(ids.sessionId());
        signUp.post = ActivityPost.findById(ids.postId());
        signUp.volunteer = Volunteer.findById(volunteerId);
        signUp.status = SignUpStatus.PENDING;
        signUp.queuedAt = Instant.now();
        signUp.persist();
        return signUp.id;
    }

    @Transactional
    long teamOf(long activityId) {
        return Activity.<Activity>findById(activityId).teamId;
    }

    /** A reassignment done in the grid, as history (straight in the database: the matrix only reads it). */
    @Transactional
    long reassignment(long gridId, long fromStaffId, long toStaffId) {
        Area grid = Area.findById(gridId);
        PairingReassignment r = new PairingReassignment();
        r.areaId = gridId;
        r.gridId = gridId;
        r.areaPath = grid.path;
        r.fromKind = HelperKind.STAFF;
        r.fromStaffId = fromStaffId;
        r.fromName = "矩阵原帮扶人";
        r.toKind = HelperKind.STAFF;
        r.toStaffId = toStaffId;
        r.toName = "矩阵新帮扶人";
        r.reason = "矩阵转交";
        r.doneById = Staff.findByUsername(admin).id;
        r.doneAt = Instant.now();
        r.persist();
        return r.id;
    }

    /**
     * A submitted member report (of a volunteer of its own) and unit report in every community, an active unit in
     * every sub-district, and each sub-district's community a report may go to.
     */
    private void partyReports(Map<Long, Long> targetBySubDistrict, Map<Long, Long> subDistrictByCommunity) {
        int year = BeijingTime.today().getYear();
        PartyReports.COMMUNITY.putAll(targetBySubDistrict);
        targetBySubDistrict.keySet().forEach(s -> PartyReports.UNIT.put(s, party.unit(s, 20)));
        subDistrictByCommunity.forEach((community, subDistrict) -> {
            long member = volunteers.volunteer(community, Fixtures.unique("矩阵党员"));
            PartyReports.MEMBER.put(
                    community, party.report(member, community, year, PartyReportStatus.SUBMITTED, null));
            PartyReports.UNIT_REPORT.put(community, unitReport(PartyReports.UNIT.get(subDistrict), community, year));
        });
    }

    @Transactional
    long unitReport(long unitId, long communityId, int year) {
        Area community = Area.findById(communityId);
        PartyUnitReport r = new PartyUnitReport();
        r.reportYear = year;
        r.unit = CoBuildUnit.findById(unitId);
        r.community = community;
        r.areaPath = community.path;
        r.partyOrgName = "矩阵党委";
        r.partyMemberTotal = 20;
        r.submittedById = Staff.findByUsername(admin).id;
        r.submittedAt = Instant.now();
        r.persist();
        return r.id;
    }

    /** The code of an area (what an import file names a grid by). */
    @Transactional
    public String code(long areaId) {
        return Area.<Area>findById(areaId).code;
    }

    private static String upperCode() {
        return Fixtures.unique("RM").toUpperCase(Locale.ROOT);
    }

    /**
     * A unit in each sub-district with a resource and a points entry (S1's is the liaison caller's, paired with A),
     * another unit of S1 paired with B, and S2's paired with C; a need in each community.
     */
    private void coBuild(long s1, long s2, long a, long b, long c, String liaisonCaller) {
        long unit1 = party.unit(s1, 10);
        long unitB = party.unit(s1, 10);
        long unit2 = party.unit(s2, 10);
        QuarkusTransaction.requiringNew().run(() -> {
            CoBuildUnitLiaison link = new CoBuildUnitLiaison();
            link.staffId = Staff.findByUsername(liaisonCaller).id;
            link.unitId = unit1;
            link.persist();
        });
        CoBuild.OF_SUB_DISTRICT.put(s1, new long[] {unit1, resource(unit1), pointsEntry(unit1)});
        CoBuild.OF_SUB_DISTRICT.put(s2, new long[] {unit2, resource(unit2), pointsEntry(unit2)});
        CoBuild.OF_COMMUNITY.put(a, new long[] {party.pair(unit1, a), need(a)});
        CoBuild.OF_COMMUNITY.put(b, new long[] {party.pair(unitB, b), need(b)});
        CoBuild.OF_COMMUNITY.put(c, new long[] {party.pair(unit2, c), need(c)});
    }

    private long resource(long unit) {
        return created("/api/cobuild-resources", Map.of("unitId", unit, "fieldCode", "HEALTH", "title", "矩阵义诊"));
    }

    private long pointsEntry(long unit) {
        return created(
                "/api/cobuild-points/adjustments",
                Map.of(
                        "unitId",
                        unit,
                        "points",
                        3,
                        "earnedOn",
                        BeijingTime.today().toString(),
                        "reason",
                        "矩阵加分"));
    }

    private long need(long community) {
        return created(
                "/api/cobuild-needs",
                Map.of("communityId", community, "fieldCode", "ELDERLY_CARE", "title", "矩阵需求", "source", "OTHER"));
    }

    private long created(String path, Map<String, Object> body) {
        return as(admin)
                .body(body)
                .post(path)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }
}
