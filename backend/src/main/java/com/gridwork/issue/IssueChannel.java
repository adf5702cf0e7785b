package com.gridwork.issue;

/** How the issue reached us: at a talk-day session, at the office, by phone, on a grid worker's visit. */
public enum IssueChannel { TALK_DAY, OFFICE, PHONE, VISIT, OTHER }
