package com.gridwork.party.feedback;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The community's rating of a member's year (评定等次): EXCELLENT 优秀, QUALIFIED 合格, UNQUALIFIED 不合格. */
@Schema(name = "PartyFeedbackRating")
public enum PartyFeedbackRating {
    EXCELLENT("优秀"),
    QUALIFIED("合格"),
    UNQUALIFIED("不合格");

    /** The word printed on the form and in the workbook (they go to a Chinese employer). */
    public final String chinese;

    PartyFeedbackRating(String chinese) {
        this.chinese = chinese;
    }
}
