package com.gridwork.dictionary;

/** The kinds of configurable code lists; their values are data (dictionary_item), not code. */
public enum DictionaryCategory {
    GENDER, ETHNICITY, RELATION, REGISTRATION_TYPE, POLITICAL_STATUS, EMPLOYMENT_STATUS, EDUCATION, HOUSING_TYPE,
    DISABILITY_GRADE, CARE_GROUP, HOUSEHOLD_TAG
}
