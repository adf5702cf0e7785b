package com.gridwork.issue;

public enum IssueUrgency { LOW, NORMAL, HIGH, URGENT }
