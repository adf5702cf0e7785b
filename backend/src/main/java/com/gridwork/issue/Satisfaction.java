package com.gridwork.issue;

import com.gridwork.common.i18n.Localizable;

/** The resident's word on a resolved issue; UNSATISFIED reopens it. */
public enum Satisfaction implements Localizable {
    SATISFIED, BASICALLY_SATISFIED, UNSATISFIED;

    @Override
    public String messageKey() {
        return "issue.satisfaction." + name();
    }
}
