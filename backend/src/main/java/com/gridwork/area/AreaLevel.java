package com.gridwork.area;

import com.gridwork.common.i18n.Localizable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The fixed levels of the hierarchy; each level's parent is the one before it. */
@Schema(name = "AreaLevel")
public enum AreaLevel implements Localizable {
    SUB_DISTRICT,
    COMMUNITY,
    GRID,
    BUILDING;

    /** The level an area of this level must sit under, or null for the top. */
    public AreaLevel parentLevel() {
        return ordinal() == 0 ? null : values()[ordinal() - 1];
    }

    @Override
    public String messageKey() {
        return "area.level." + name();
    }
}
