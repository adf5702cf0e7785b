package com.gridwork.volunteer.activity;

// TEMPORARY stand-in until the foundation lands; not committed.
public enum SignUpMode {
    FIRST_COME,
    APPROVAL
}
