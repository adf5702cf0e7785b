package com.gridwork.dictionary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The kinds of configurable code lists; their values are data (dictionary_item), not code. */
@Schema(name = "DictionaryCategory")
public enum DictionaryCategory {
    GENDER,
    ETHNICITY,
    RELATION,
    REGISTRATION_TYPE,
    POLITICAL_STATUS,
    EMPLOYMENT_STATUS,
    EDUCATION,
    HOUSING_TYPE,
    DISABILITY_GRADE,
    CARE_GROUP,
    HOUSEHOLD_TAG,
    VOLUNTEER_SKILL,
    VOLUNTEER_TEAM_TYPE,
    VOLUNTEER_ACTIVITY_CATEGORY,
    PAIRING_TYPE,
    VISIT_NEED,
    PARTY_POST_CATEGORY,
    MICRO_WISH_CATEGORY,
    COBUILD_FIELD
}
