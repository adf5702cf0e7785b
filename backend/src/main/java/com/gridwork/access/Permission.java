package com.gridwork.access;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import static com.gridwork.access.StaffRole.COMMUNITY_STAFF;
import static com.gridwork.access.StaffRole.GRID_WORKER;
import static com.gridwork.access.StaffRole.STREET_ADMIN;
import static com.gridwork.access.StaffRole.UNIT_LIAISON;
import static com.gridwork.access.StaffRole.VIEWER;
import static com.gridwork.access.StaffRole.VOLUNTEER;

/**
 * What a caller may do, and which roles hold it: the one place where role groups are written. Endpoints name a
 * permission in {@code @PermissionsAllowed} (with the constants of {@link Names}), the identity is granted those of the
 * caller's role ({@link CallerIdentityAugmentor}), services ask {@link Caller#may}, and {@code /api/me} lists them as
 * the caller's capabilities. Where a permission applies (which areas) is the scope's business ({@link AreaScope}).
 */
@Schema(
        name = "Permission",
        description = "Something the caller may do, derived on the server from its role and scope"
                + " (the README's access table says what each allows). Where it may do it is its scope.")
public enum Permission {
    /** Read the area tree and the areas in scope. */
    AREAS_READ(STREET_ADMIN, COMMUNITY_STAFF, GRID_WORKER, VOLUNTEER, UNIT_LIAISON, VIEWER),
    /** Create, edit and delete areas in scope (community staff grids and buildings only: {@code AreaService}). */
    AREAS_WRITE(STREET_ADMIN, COMMUNITY_STAFF),
    /** Create a new sub-district (a root area): a street-admin of the whole platform. */
    SUB_DISTRICTS_CREATE(Reach.WHOLE_PLATFORM, STREET_ADMIN),
    /** List, create and change staff accounts. */
    STAFF_MANAGE(STREET_ADMIN),
    /** Register and manage third-party systems (API clients). */
    API_CLIENTS_MANAGE(STREET_ADMIN),
    /** Read the code lists (ethnic groups, relations, tags...). */
    DICTIONARY_READ(STREET_ADMIN, COMMUNITY_STAFF, GRID_WORKER, VOLUNTEER, UNIT_LIAISON, VIEWER),
    /** Add and rename a sub-district's code-list values (the platform defaults with the whole platform only). */
    DICTIONARY_MANAGE(STREET_ADMIN),
    /** Read households, residents (masked) and the registry statistics. */
    REGISTRY_READ(STREET_ADMIN, COMMUNITY_STAFF, GRID_WORKER, VIEWER),
    /** Create, edit, move, move out and restore households and residents. */
    REGISTRY_WRITE(STREET_ADMIN, COMMUNITY_STAFF, GRID_WORKER),
    /** See an ID or phone number in plain text, with a reason (audited). */
    REGISTRY_REVEAL(STREET_ADMIN, COMMUNITY_STAFF, GRID_WORKER),
    /** Import the registry from Excel. */
    REGISTRY_IMPORT(STREET_ADMIN, COMMUNITY_STAFF, GRID_WORKER),
    /** Export the registry to Excel (masked; in plain text with {@link #REGISTRY_REVEAL} and a reason). */
    REGISTRY_EXPORT(STREET_ADMIN, COMMUNITY_STAFF, GRID_WORKER),
    /**
     * Read the audit log: one's own entries. Not viewers: they can reveal nothing, so they would only ever find an
     * empty log.
     */
    AUDIT_READ(STREET_ADMIN, COMMUNITY_STAFF, GRID_WORKER),
    /** Read everyone's audit entries in scope, not only one's own. */
    AUDIT_READ_OTHERS(STREET_ADMIN, COMMUNITY_STAFF),
    /** Read talk-day sessions (the schedule). */
    TALK_DAYS_READ(STREET_ADMIN, COMMUNITY_STAFF, GRID_WORKER, VOLUNTEER, UNIT_LIAISON, VIEWER),
    /** Read a session's attendance and minutes, which name residents and their concerns. */
    TALK_DAY_RECORDS_READ(STREET_ADMIN, COMMUNITY_STAFF, GRID_WORKER, VIEWER),
    /** Schedule, edit, record and cancel talk-day sessions. */
    TALK_DAYS_MANAGE(STREET_ADMIN, COMMUNITY_STAFF),
    /** Read issues, their photos, the issue statistics and categories. */
    ISSUES_READ(STREET_ADMIN, COMMUNITY_STAFF, GRID_WORKER, VIEWER),
    /**
     * Take in issues, comment, add photos, see a reporter's phone (audited) and take the workflow steps the issue
     * allows the caller (its {@code allowedActions}).
     */
    ISSUES_WRITE(STREET_ADMIN, COMMUNITY_STAFF, GRID_WORKER),
    /** Accept, reject and assign issues and decide extensions, in scope. */
    ISSUES_MANAGE(STREET_ADMIN, COMMUNITY_STAFF),
    /** Accept, reject and assign an escalated issue (the sub-district decides). */
    ISSUES_DECIDE_ESCALATED(STREET_ADMIN),
    /** Be given an issue: its first-responsible person, its handler, the one it is transferred to. */
    ISSUES_HANDLE(STREET_ADMIN, COMMUNITY_STAFF, GRID_WORKER),
    /**
     * Handle the issues given to a volunteer team one leads (leader or deputy, not left): see only those, start and
     * resolve them, comment and add photos; nothing else of issues (issue 14).
     */
    ISSUES_HANDLE_AS_TEAM(VOLUNTEER),
    /** Change issue categories and their time limits. */
    ISSUE_CATEGORIES_MANAGE(STREET_ADMIN),
    /** Read the working calendar. */
    CALENDAR_READ(STREET_ADMIN, COMMUNITY_STAFF, GRID_WORKER, VOLUNTEER, UNIT_LIAISON, VIEWER),
    /** Enter a year of a sub-district's calendar (the platform default with the whole platform only). */
    CALENDAR_EDIT(STREET_ADMIN),
    /** Read one's own notifications and mark them read (never anyone else's). */
    NOTIFICATIONS_READ(STREET_ADMIN, COMMUNITY_STAFF, GRID_WORKER, VOLUNTEER, UNIT_LIAISON, VIEWER),
    /** Read the volunteer-service statistics and the ranking by confirmed hours, in scope. */
    VOLUNTEER_STATS_READ(STREET_ADMIN, COMMUNITY_STAFF, GRID_WORKER, VIEWER),
    /**
     * Read volunteer activities in scope (the community around a grid worker's grid too); a volunteer account only
     * the published, running and ended ones of its community.
     */
    ACTIVITIES_READ(STREET_ADMIN, COMMUNITY_STAFF, GRID_WORKER, VOLUNTEER, VIEWER),
    /**
     * Create, edit, publish, start, end, close and cancel activities in scope and run their sign-ups (list, approve,
     * reject, remove); a volunteer account only those of the teams it leads (leader or deputy, {@code VolunteerSelf}).
     */
    ACTIVITIES_MANAGE(STREET_ADMIN, COMMUNITY_STAFF, VOLUNTEER),
    /** Sign up for the open activities of one's community, withdraw, see one's sign-ups: volunteer accounts. */
    ACTIVITIES_SIGN_UP(VOLUNTEER),
    /** Check in and out of one's own accepted sign-ups with a session's rotating code (a volunteer account). */
    VOLUNTEER_CHECK_IN(VOLUNTEER),
    /**
     * Show a session's check-in code, read its attendance and mark it: staff in scope, and a volunteer account for the
     * sessions of a team it leads ({@code AttendanceService}).
     */
    VOLUNTEER_ATTENDANCE_MANAGE(STREET_ADMIN, COMMUNITY_STAFF, VOLUNTEER),
    /** Read volunteer profiles (masked), teams and their members, of the caller's areas and the community above. */
    VOLUNTEERS_READ(STREET_ADMIN, COMMUNITY_STAFF, GRID_WORKER, VIEWER),
    /** Register volunteers, edit their profiles, change their status and give them a sign-in account. */
    VOLUNTEERS_MANAGE(STREET_ADMIN, COMMUNITY_STAFF),
    /** See a volunteer's ID or phone number in plain text, with a reason (audited). */
    VOLUNTEERS_REVEAL(STREET_ADMIN, COMMUNITY_STAFF),
    /** Found, edit and dissolve volunteer teams and manage their members. */
    VOLUNTEER_TEAMS_MANAGE(STREET_ADMIN, COMMUNITY_STAFF),
    /** A volunteer's own profile, teams, star and confirmed hours (never anyone else's). */
    VOLUNTEER_OWN_PROFILE(VOLUNTEER),
    /**
     * Read volunteers' hours ledgers in scope, print their service certificates, read the month locks and the star
     * thresholds (staff; a volunteer reads its own hours with {@link #HOURS_REPORT}).
     */
    HOURS_READ(STREET_ADMIN, COMMUNITY_STAFF, GRID_WORKER, VIEWER),
    /** Confirm and reject submitted hours, back-fill hours and reverse (correct) confirmed ones, in scope. */
    HOURS_CONFIRM(STREET_ADMIN, COMMUNITY_STAFF),
    /** A volunteer account: read one's own hours and certificate, and report one's own service. */
    HOURS_REPORT(VOLUNTEER),
    /** Lock a month of hours in a sub-district. */
    HOURS_LOCK(STREET_ADMIN),
    /** Change a sub-district's star thresholds. */
    HOURS_STARS_MANAGE(STREET_ADMIN),
    /** Export confirmed hours for the national volunteer system (ID numbers in plain text also need a reveal). */
    HOURS_EXPORT(STREET_ADMIN, COMMUNITY_STAFF),
    /** Read pairings, their history and the suggestions (households with a care code and no active pairing). */
    PAIRINGS_READ(STREET_ADMIN, COMMUNITY_STAFF, GRID_WORKER, VIEWER),
    /** Pair a helper with a household, end a pairing, and reassign pairings in bulk, in scope. */
    PAIRINGS_MANAGE(STREET_ADMIN, COMMUNITY_STAFF),
    /** Read a sub-district's visit rules and visit questions. */
    VISIT_RULES_READ(STREET_ADMIN, COMMUNITY_STAFF, GRID_WORKER, VIEWER),
    /** Create, change and switch off a sub-district's visit rules and visit questions. */
    VISIT_RULES_MANAGE(STREET_ADMIN),
    /** Read visits, their photos and the visit obligations in scope. */
    VISITS_READ(STREET_ADMIN, COMMUNITY_STAFF, GRID_WORKER, VIEWER),
    /** Record a visit to a household in scope, add its photos and raise issues from it. */
    VISITS_RECORD(STREET_ADMIN, COMMUNITY_STAFF, GRID_WORKER),
    /**
     * A helper's account (a volunteer): see the households one is paired with now, their obligations and one's own
     * visits, record visits to them and raise issues from them; nothing else of the registry (issue 15).
     */
    VISITS_RECORD_AS_HELPER(VOLUNTEER),
    /** Mark an obligation not applicable with a reason (what the registry and pairings cannot know). */
    VISIT_OBLIGATIONS_MANAGE(STREET_ADMIN, COMMUNITY_STAFF),
    /** Read visit coverage in scope, and export it. */
    VISIT_COVERAGE_READ(STREET_ADMIN, COMMUNITY_STAFF, GRID_WORKER, VIEWER),
    /** Read party-member reports (member and unit) of communities in scope. */
    PARTY_REPORTS_READ(STREET_ADMIN, COMMUNITY_STAFF, GRID_WORKER, VIEWER),
    /** Confirm, reject, transfer and withdraw reports in scope; enter a report for a member or a unit. */
    PARTY_REPORTS_MANAGE(STREET_ADMIN, COMMUNITY_STAFF),
    /** Submit and read one's own report (a volunteer account: the member's own profile). */
    PARTY_REPORT_OWN(VOLUNTEER),
    /** Read posts in scope; a volunteer account the open posts of the community it reported to, and its claims. */
    PARTY_POSTS_READ(STREET_ADMIN, COMMUNITY_STAFF, GRID_WORKER, VOLUNTEER, VIEWER),
    /** Create, edit and close posts in scope; revoke a member's claim with a reason. */
    PARTY_POSTS_MANAGE(STREET_ADMIN, COMMUNITY_STAFF),
    /** Claim and release posts and log service on them: a volunteer account holding an ACTIVE report this year. */
    PARTY_POSTS_CLAIM(VOLUNTEER),
    /** Verify or reject logged service in scope (a verified log is a confirmed entry of the hours ledger). */
    PARTY_SERVICE_VERIFY(STREET_ADMIN, COMMUNITY_STAFF, GRID_WORKER),
    /** Read year-end feedback forms (反馈单) of reports in scope, and download them. */
    PARTY_FEEDBACK_READ(STREET_ADMIN, COMMUNITY_STAFF, VIEWER),
    /** Rate a member and comment on the year's feedback form. */
    PARTY_FEEDBACK_MANAGE(STREET_ADMIN, COMMUNITY_STAFF),
    /**
     * Read micro-wishes in scope; a volunteer or unit-liaison account the published wishes of its community or its
     * paired communities (beneficiary masked) and its own claims.
     */
    MICRO_WISHES_READ(STREET_ADMIN, COMMUNITY_STAFF, GRID_WORKER, VOLUNTEER, UNIT_LIAISON, VIEWER),
    /** Enter, edit and take down wishes in scope, confirm a realised wish, cancel a claim with a reason. */
    MICRO_WISHES_MANAGE(STREET_ADMIN, COMMUNITY_STAFF, GRID_WORKER),
    /** Claim a wish, report it fulfilled with a photo, cancel one's own claim: volunteers (members) and liaisons. */
    MICRO_WISHES_CLAIM(VOLUNTEER, UNIT_LIAISON),
    /** Read co-building units of the sub-districts in scope; a liaison its own unit only. */
    COBUILD_UNITS_READ(STREET_ADMIN, COMMUNITY_STAFF, GRID_WORKER, UNIT_LIAISON, VIEWER),
    /** Register, edit and deactivate units; give a unit liaison sign-in accounts. */
    COBUILD_UNITS_MANAGE(STREET_ADMIN),
    /** Reveal a unit contact's full phone number, with a reason (audited). */
    COBUILD_UNITS_REVEAL(STREET_ADMIN, COMMUNITY_STAFF),
    /** Read pairing agreements of communities in scope; a liaison its own unit's. */
    COBUILD_AGREEMENTS_READ(STREET_ADMIN, COMMUNITY_STAFF, GRID_WORKER, UNIT_LIAISON, VIEWER),
    /** Propose, sign, terminate and renew agreements of communities in scope. */
    COBUILD_AGREEMENTS_MANAGE(STREET_ADMIN, COMMUNITY_STAFF),
    /** Read the needs and resources lists in scope (a liaison: its paired communities' needs, its own resources). */
    COBUILD_LISTS_READ(STREET_ADMIN, COMMUNITY_STAFF, GRID_WORKER, UNIT_LIAISON, VIEWER),
    /** Record and close needs, and record resources for a unit, in scope. */
    COBUILD_LISTS_MANAGE(STREET_ADMIN, COMMUNITY_STAFF),
    /** Offer and withdraw one's own unit's resources: a unit-liaison account. */
    COBUILD_RESOURCES_OFFER(UNIT_LIAISON),
    /** Read projects in scope; a liaison those open to its unit or claimed by it. */
    COBUILD_PROJECTS_READ(STREET_ADMIN, COMMUNITY_STAFF, GRID_WORKER, UNIT_LIAISON, VIEWER),
    /** Draft, edit and cancel projects, accept them or send them back for rework, in scope. */
    COBUILD_PROJECTS_MANAGE(STREET_ADMIN, COMMUNITY_STAFF),
    /** Approve or reject a drafted project (the sub-district). */
    COBUILD_PROJECTS_APPROVE(STREET_ADMIN),
    /** Claim a project open to one's unit, report its milestones, submit it for acceptance: a unit-liaison account. */
    COBUILD_PROJECTS_CLAIM(UNIT_LIAISON),
    /** Read units' points and rankings in scope; a liaison its own unit's entries and the ranking. */
    COBUILD_POINTS_READ(STREET_ADMIN, COMMUNITY_STAFF, GRID_WORKER, UNIT_LIAISON, VIEWER),
    /** Adjust or reverse a unit's points with a reason, lock a month. */
    COBUILD_POINTS_MANAGE(STREET_ADMIN),
    /** Take the handler's steps on the issues given to one's unit: a unit-liaison account. */
    ISSUES_HANDLE_AS_UNIT(UNIT_LIAISON),
    /** Read the party-building and co-building statistics of the scope (members reported, posts, wishes, projects). */
    PARTY_BUILDING_STATS_READ(STREET_ADMIN, COMMUNITY_STAFF, GRID_WORKER, VIEWER),
    /**
     * Report one's own devices' successful syncs and forget one at sign-out (never anyone else's): every account
     * that may work offline on a phone.
     */
    DEVICES_REPORT(STREET_ADMIN, COMMUNITY_STAFF, GRID_WORKER, VOLUNTEER, UNIT_LIAISON, VIEWER);

    /** Whether a role holds a permission with any scope, or only with the whole platform as its scope. */
    private enum Reach {
        ANY_SCOPE,
        WHOLE_PLATFORM
    }

    private final Set<StaffRole> roles;
    private final Reach reach;

    Permission(StaffRole... roles) {
        this(Reach.ANY_SCOPE, roles);
    }

    Permission(Reach reach, StaffRole... roles) {
        this.roles = Collections.unmodifiableSet(EnumSet.copyOf(Arrays.asList(roles)));
        this.reach = reach;
    }

    /** The roles that hold this permission (some only with the whole platform as their scope). */
    public Set<StaffRole> roles() {
        return roles;
    }

    /** Whether an account of this role, and a scope that is or is not the whole platform, holds this permission. */
    public boolean grantedTo(StaffRole role, boolean wholePlatform) {
        return roles.contains(role) && (wholePlatform || reach == Reach.ANY_SCOPE);
    }

    /** Everything an account of this role and scope may do. */
    public static Set<Permission> of(StaffRole role, boolean wholePlatform) {
        Set<Permission> granted = EnumSet.noneOf(Permission.class);
        for (Permission p : values()) {
            if (p.grantedTo(role, wholePlatform)) {
                granted.add(p);
            }
        }
        return granted;
    }

    /** The permission names as constants, for {@code @PermissionsAllowed}; each is its constant's {@code name()}. */
    public static final class Names {
        public static final String AREAS_READ = "AREAS_READ";
        public static final String AREAS_WRITE = "AREAS_WRITE";
        public static final String SUB_DISTRICTS_CREATE = "SUB_DISTRICTS_CREATE";
        public static final String STAFF_MANAGE = "STAFF_MANAGE";
        public static final String API_CLIENTS_MANAGE = "API_CLIENTS_MANAGE";
        public static final String DICTIONARY_READ = "DICTIONARY_READ";
        public static final String DICTIONARY_MANAGE = "DICTIONARY_MANAGE";
        public static final String REGISTRY_READ = "REGISTRY_READ";
        public static final String REGISTRY_WRITE = "REGISTRY_WRITE";
        public static final String REGISTRY_REVEAL = "REGISTRY_REVEAL";
        public static final String REGISTRY_IMPORT = "REGISTRY_IMPORT";
        public static final String REGISTRY_EXPORT = "REGISTRY_EXPORT";
        public static final String AUDIT_READ = "AUDIT_READ";
        public static final String AUDIT_READ_OTHERS = "AUDIT_READ_OTHERS";
        public static final String TALK_DAYS_READ = "TALK_DAYS_READ";
        public static final String TALK_DAY_RECORDS_READ = "TALK_DAY_RECORDS_READ";
        public static final String TALK_DAYS_MANAGE = "TALK_DAYS_MANAGE";
        public static final String ISSUES_READ = "ISSUES_READ";
        public static final String ISSUES_WRITE = "ISSUES_WRITE";
        public static final String ISSUES_MANAGE = "ISSUES_MANAGE";
        public static final String ISSUES_DECIDE_ESCALATED = "ISSUES_DECIDE_ESCALATED";
        public static final String ISSUES_HANDLE = "ISSUES_HANDLE";
        public static final String ISSUES_HANDLE_AS_TEAM = "ISSUES_HANDLE_AS_TEAM";
        public static final String ISSUE_CATEGORIES_MANAGE = "ISSUE_CATEGORIES_MANAGE";
        public static final String CALENDAR_READ = "CALENDAR_READ";
        public static final String CALENDAR_EDIT = "CALENDAR_EDIT";
        public static final String NOTIFICATIONS_READ = "NOTIFICATIONS_READ";
        public static final String VOLUNTEER_STATS_READ = "VOLUNTEER_STATS_READ";
        public static final String ACTIVITIES_READ = "ACTIVITIES_READ";
        public static final String ACTIVITIES_MANAGE = "ACTIVITIES_MANAGE";
        public static final String ACTIVITIES_SIGN_UP = "ACTIVITIES_SIGN_UP";
        public static final String VOLUNTEER_CHECK_IN = "VOLUNTEER_CHECK_IN";
        public static final String VOLUNTEER_ATTENDANCE_MANAGE = "VOLUNTEER_ATTENDANCE_MANAGE";
        public static final String VOLUNTEERS_READ = "VOLUNTEERS_READ";
        public static final String VOLUNTEERS_MANAGE = "VOLUNTEERS_MANAGE";
        public static final String VOLUNTEERS_REVEAL = "VOLUNTEERS_REVEAL";
        public static final String VOLUNTEER_TEAMS_MANAGE = "VOLUNTEER_TEAMS_MANAGE";
        public static final String VOLUNTEER_OWN_PROFILE = "VOLUNTEER_OWN_PROFILE";
        public static final String HOURS_READ = "HOURS_READ";
        public static final String HOURS_CONFIRM = "HOURS_CONFIRM";
        public static final String HOURS_REPORT = "HOURS_REPORT";
        public static final String HOURS_LOCK = "HOURS_LOCK";
        public static final String HOURS_STARS_MANAGE = "HOURS_STARS_MANAGE";
        public static final String HOURS_EXPORT = "HOURS_EXPORT";
        public static final String PAIRINGS_READ = "PAIRINGS_READ";
        public static final String PAIRINGS_MANAGE = "PAIRINGS_MANAGE";
        public static final String VISIT_RULES_READ = "VISIT_RULES_READ";
        public static final String VISIT_RULES_MANAGE = "VISIT_RULES_MANAGE";
        public static final String VISITS_READ = "VISITS_READ";
        public static final String VISITS_RECORD = "VISITS_RECORD";
        public static final String VISITS_RECORD_AS_HELPER = "VISITS_RECORD_AS_HELPER";
        public static final String VISIT_OBLIGATIONS_MANAGE = "VISIT_OBLIGATIONS_MANAGE";
        public static final String VISIT_COVERAGE_READ = "VISIT_COVERAGE_READ";
        public static final String PARTY_REPORTS_READ = "PARTY_REPORTS_READ";
        public static final String PARTY_REPORTS_MANAGE = "PARTY_REPORTS_MANAGE";
        public static final String PARTY_REPORT_OWN = "PARTY_REPORT_OWN";
        public static final String PARTY_POSTS_READ = "PARTY_POSTS_READ";
        public static final String PARTY_POSTS_MANAGE = "PARTY_POSTS_MANAGE";
        public static final String PARTY_POSTS_CLAIM = "PARTY_POSTS_CLAIM";
        public static final String PARTY_SERVICE_VERIFY = "PARTY_SERVICE_VERIFY";
        public static final String PARTY_FEEDBACK_READ = "PARTY_FEEDBACK_READ";
        public static final String PARTY_FEEDBACK_MANAGE = "PARTY_FEEDBACK_MANAGE";
        public static final String MICRO_WISHES_READ = "MICRO_WISHES_READ";
        public static final String MICRO_WISHES_MANAGE = "MICRO_WISHES_MANAGE";
        public static final String MICRO_WISHES_CLAIM = "MICRO_WISHES_CLAIM";
        public static final String COBUILD_UNITS_READ = "COBUILD_UNITS_READ";
        public static final String COBUILD_UNITS_MANAGE = "COBUILD_UNITS_MANAGE";
        public static final String COBUILD_UNITS_REVEAL = "COBUILD_UNITS_REVEAL";
        public static final String COBUILD_AGREEMENTS_READ = "COBUILD_AGREEMENTS_READ";
        public static final String COBUILD_AGREEMENTS_MANAGE = "COBUILD_AGREEMENTS_MANAGE";
        public static final String COBUILD_LISTS_READ = "COBUILD_LISTS_READ";
        public static final String COBUILD_LISTS_MANAGE = "COBUILD_LISTS_MANAGE";
        public static final String COBUILD_RESOURCES_OFFER = "COBUILD_RESOURCES_OFFER";
        public static final String COBUILD_PROJECTS_READ = "COBUILD_PROJECTS_READ";
        public static final String COBUILD_PROJECTS_MANAGE = "COBUILD_PROJECTS_MANAGE";
        public static final String COBUILD_PROJECTS_APPROVE = "COBUILD_PROJECTS_APPROVE";
        public static final String COBUILD_PROJECTS_CLAIM = "COBUILD_PROJECTS_CLAIM";
        public static final String COBUILD_POINTS_READ = "COBUILD_POINTS_READ";
        public static final String COBUILD_POINTS_MANAGE = "COBUILD_POINTS_MANAGE";
        public static final String ISSUES_HANDLE_AS_UNIT = "ISSUES_HANDLE_AS_UNIT";
        public static final String PARTY_BUILDING_STATS_READ = "PARTY_BUILDING_STATS_READ";
        public static final String DEVICES_REPORT = "DEVICES_REPORT";

        private Names() {}
    }
}
