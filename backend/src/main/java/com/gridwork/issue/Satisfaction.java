package com.gridwork.issue;

import com.gridwork.common.i18n.Localizable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The resident's word on a resolved issue; UNSATISFIED reopens it. */
@Schema(name = "IssueSatisfaction")
public enum Satisfaction implements Localizable {
    SATISFIED,
    BASICALLY_SATISFIED,
    UNSATISFIED;

    @Override
    public String messageKey() {
        return "issue.satisfaction." + name();
    }
}
