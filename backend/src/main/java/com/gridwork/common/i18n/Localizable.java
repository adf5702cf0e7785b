package com.gridwork.common.i18n;

/** A message argument that is itself translated (e.g. an area level), not printed as it is. */
public interface Localizable {
    String messageKey();
}
