package com.gridwork.visit;

import java.util.Arrays;
import java.util.Locale;

/** What an answer to a visit question may be: YES or NO, one of a CHOICE's options (one per line), or free text. */
final class VisitAnswers {
    private VisitAnswers() {}

    static boolean fits(VisitQuestion q, String answer) {
        return switch (q.kind) {
            case YES_NO -> answer.equalsIgnoreCase("YES") || answer.equalsIgnoreCase("NO");
            case CHOICE ->
                q.options != null
                        && Arrays.stream(q.options.split("\n"))
                                .map(String::strip)
                                .anyMatch(answer::equals);
            case TEXT -> true;
        };
    }

    /** The answer as stored: YES/NO in capitals, the rest as given (stripped). */
    static String normalized(VisitQuestion q, String answer) {
        return q.kind == VisitQuestionKind.YES_NO ? answer.toUpperCase(Locale.ROOT) : answer;
    }
}
