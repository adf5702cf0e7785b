package com.gridwork.visit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a configurable visit question is answered: yes or no, one of its options, or free text. */
@Schema(name = "VisitQuestionKind")
public enum VisitQuestionKind {
    YES_NO,
    CHOICE,
    TEXT
}
