package com.gridwork.common.http;

import com.gridwork.common.error.ApiProblem;
import jakarta.ws.rs.core.EntityTag;

/** Optimistic locking over HTTP: the entity version travels as a strong ETag and returns in If-Match. */
public final class ETags {
    private ETags() {}

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Checks a mandatory If-Match: 428 when absent, 412 when it names another version. */
    public static void require(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiProblem.preconditionRequired();
        }
        check(ifMatch, currentVersion);
    }

    /** Checks If-Match only when the client sent one. */
    public static void checkIfPresent(String ifMatch, long currentVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            check(ifMatch, currentVersion);
        }
    }

    private static void check(String ifMatch, long currentVersion) {
        String expected = Long.toString(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*")) {
                return;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                tag = tag.substring(1, tag.length() - 1);
            }
            if (tag.equals(expected)) {
                return;
            }
        }
        throw ApiProblem.preconditionFailed();
    }
}
