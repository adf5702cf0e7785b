package com.gridwork.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What exists in the database under test, for valid requests: ids by kind, code-list values by dictionary category,
 * user names, and files an upload accepts. Unknown kinds are a {@link NoGenerator}: a new parameter that names ids
 * must get a source here rather than be fuzzed with random numbers only.
 */
final class World {
    /** Which id kind a parameter or property holds, by name. */
    static final Map<String, String> ID_KINDS = Map.ofEntries(
            Map.entry("parentId", "areas"),
            Map.entry("areaId", "areas"),
            Map.entry("areaIds", "areas"),
            Map.entry("subDistrictId", "subDistricts"),
            Map.entry("communityId", "communities"),
            Map.entry("gridId", "grids"),
            Map.entry("buildingId", "buildings"),
            Map.entry("householdId", "households"),
            Map.entry("landlordHouseholdId", "households"),
            Map.entry("residentId", "residents"),
            Map.entry("headResidentId", "residents"),
            Map.entry("handlerId", "staff"),
            Map.entry("toStaffId", "staff"),
            Map.entry("receivedById", "staff"),
            Map.entry("categoryId", "issueCategories"),
            Map.entry("talkDayId", "talkDays"),
            Map.entry("beneficiaryHouseholdIds", "households"),
            Map.entry("activityId", "activities"),
            Map.entry("sessionId", "activitySessions"),
            Map.entry("postId", "activityPosts"),
            Map.entry("signUpId", "signUps"),
            Map.entry("entryIds", "hoursEntries"),
            Map.entry("volunteerId", "volunteers"),
            Map.entry("teamId", "volunteerTeams"),
            Map.entry("handlerTeamId", "volunteerTeams"),
            Map.entry("handlerUnitId", "cobuildUnits"),
            Map.entry("ruleId", "visitRules"),
            Map.entry("periodId", "visitPeriods"),
            Map.entry("responsibleStaffId", "staff"),
            Map.entry("visitorStaffId", "staff"),
            Map.entry("memberIds", "residents"),
            Map.entry("questionId", "visitQuestions"),
            Map.entry("helperStaffId", "staff"),
            Map.entry("staffId", "staff"),
            Map.entry("helperVolunteerId", "volunteers"),
            Map.entry("unitId", "cobuildUnits"),
            Map.entry("claimId", "partyPostClaims"),
            Map.entry("issueId", "issues"),
            Map.entry("needIds", "cobuildNeeds"),
            Map.entry("resourceIds", "cobuildResources"),
            Map.entry("photoUploadIds", "photoUploads"));

    /** Which id kind a path parameter holds, by the collection segment before it ({@code /api/issues/{id}}). */
    static final Map<String, String> PATH_KINDS = Map.ofEntries(
            Map.entry("areas", "areas"),
            Map.entry("households", "households"),
            Map.entry("residents", "residents"),
            Map.entry("issues", "issues"),
            Map.entry("photos", "photos"),
            Map.entry("extensions", "extensions"),
            Map.entry("staff", "staff"),
            Map.entry("talk-days", "talkDays"),
            Map.entry("dictionary", "dictionary"),
            Map.entry("issue-categories", "issueCategories"),
            Map.entry("calendar", "years"),
            Map.entry("api-clients", "apiClients"),
            Map.entry("notifications", "notifications"),
            Map.entry("activities", "activities"),
            Map.entry("open-activities", "activities"),
            Map.entry("sign-ups", "signUps"),
            Map.entry("volunteer-sessions", "volunteerSessions"),
            Map.entry("volunteers", "volunteers"),
            Map.entry("volunteer-teams", "volunteerTeams"),
            Map.entry("members", "volunteerTeamMembers"),
            Map.entry("volunteer-hours", "hoursEntries"),
            Map.entry("visit-rules", "visitRules"),
            Map.entry("visit-questions", "visitQuestions"),
            Map.entry("visit-obligations", "visitObligations"),
            Map.entry("visits", "visits"),
            Map.entry("pairings", "pairings"),
            Map.entry("pairing-reassignments", "pairingReassignments"),
            Map.entry("visit-households", "households"),
            Map.entry("cobuild-units", "cobuildUnits"),
            Map.entry("liaisons", "cobuildUnitLiaisons"),
            Map.entry("party-reports", "partyReports"),
            Map.entry("party-unit-reports", "partyUnitReports"),
            Map.entry("party-posts", "partyPosts"),
            Map.entry("party-post-claims", "partyPostClaims"),
            Map.entry("party-service-logs", "partyServiceLogs"),
            Map.entry("party-feedback", "partyReports"),
            Map.entry("cobuild-agreements", "cobuildAgreements"),
            Map.entry("cobuild-needs", "cobuildNeeds"),
            Map.entry("cobuild-resources", "cobuildResources"),
            Map.entry("cobuild-points", "cobuildPointsEntries"),
            Map.entry("micro-wishes", "microWishes"),
            Map.entry("micro-wish-claims", "microWishClaims"),
            Map.entry("cobuild-projects", "cobuildProjects"),
            Map.entry("cobuild-milestones", "cobuildMilestones"));

    /** String properties whose valid values are a dictionary category's codes. */
    static final Map<String, String> CODE_LISTS = Map.ofEntries(
            Map.entry("ethnicity", "ETHNICITY"),
            Map.entry("relation", "RELATION"),
            Map.entry("registrationType", "REGISTRATION_TYPE"),
            Map.entry("politicalStatus", "POLITICAL_STATUS"),
            Map.entry("employmentStatus", "EMPLOYMENT_STATUS"),
            Map.entry("education", "EDUCATION"),
            Map.entry("disabilityGrade", "DISABILITY_GRADE"),
            Map.entry("gender", "GENDER"),
            Map.entry("housingType", "HOUSING_TYPE"),
            Map.entry("skills", "VOLUNTEER_SKILL"),
            Map.entry("skill", "VOLUNTEER_SKILL"),
            Map.entry("typeCode", "VOLUNTEER_TEAM_TYPE"),
            Map.entry("needs", "VISIT_NEED"),
            Map.entry("fieldCode", "COBUILD_FIELD"));

    private final Map<String, List<Long>> ids = new LinkedHashMap<>();
    private final Map<String, List<String>> codes = new LinkedHashMap<>();
    private final List<String> usernames = new ArrayList<>();
    private final Map<String, byte[]> files = new LinkedHashMap<>();

    World id(String kind, long id) {
        ids.computeIfAbsent(kind, k -> new ArrayList<>()).add(id);
        return this;
    }

    World codes(String category, List<String> values) {
        codes.put(category, List.copyOf(values));
        return this;
    }

    World username(String username) {
        usernames.add(username);
        return this;
    }

    /** A file that an upload accepts, by the media type the contract's part would carry (image/png, xlsx). */
    World file(String mediaType, byte[] content) {
        files.put(mediaType, content);
        return this;
    }

    List<Long> ids(String kind) {
        List<Long> list = ids.get(kind);
        if (list == null || list.isEmpty()) {
            throw new NoGenerator("no seeded ids of kind " + kind);
        }
        return list;
    }

    List<String> codes(String category) {
        List<String> list = codes.get(category);
        if (list == null || list.isEmpty()) {
            throw new NoGenerator("no codes of dictionary category " + category);
        }
        return list;
    }

    List<String> usernames() {
        if (usernames.isEmpty()) {
            throw new NoGenerator("no seeded user names");
        }
        return usernames;
    }

    Map<String, byte[]> files() {
        return files;
    }

    String summary() {
        StringBuilder sb = new StringBuilder();
        ids.forEach((k, v) -> sb.append(k).append('=').append(v.size()).append(' '));
        return sb.toString().trim();
    }
}
