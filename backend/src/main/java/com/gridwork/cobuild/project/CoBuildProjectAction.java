package com.gridwork.cobuild.project;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What can be done to a project: EDIT (a draft), APPROVE / REJECT (a draft), OPEN_TO_ALL (the claim deadline passed
 * unclaimed; the clock's move), CLAIM, START (the claiming unit plans its first milestone), SUBMIT (for acceptance),
 * ACCEPT / REWORK (a submitted one), CANCEL (before acceptance).
 */
@Schema(name = "CoBuildProjectAction")
public enum CoBuildProjectAction {
    EDIT,
    APPROVE,
    REJECT,
    OPEN_TO_ALL,
    CLAIM,
    START,
    SUBMIT,
    ACCEPT,
    REWORK,
    CANCEL
}
