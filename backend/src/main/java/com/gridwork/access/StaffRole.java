package com.gridwork.access;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.gridwork.area.AreaLevel;
import com.gridwork.common.i18n.Localizable;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.EnumSet;
import java.util.Set;

/**
 * The Keycloak realm roles. The name in the token, in the database and in the API is the kebab-case value.
 * {@code scopeLevels} are the area levels an account of this role may be scoped to.
 */
@Schema(name = "StaffRole", type = SchemaType.STRING,
        enumeration = {"street-admin", "community-staff", "grid-worker", "volunteer", "unit-liaison", "viewer"})
public enum StaffRole implements Localizable {
    STREET_ADMIN(Roles.STREET_ADMIN, EnumSet.of(AreaLevel.SUB_DISTRICT)),
    COMMUNITY_STAFF(Roles.COMMUNITY_STAFF, EnumSet.of(AreaLevel.COMMUNITY)),
    GRID_WORKER(Roles.GRID_WORKER, EnumSet.of(AreaLevel.GRID)),
    VOLUNTEER(Roles.VOLUNTEER, EnumSet.allOf(AreaLevel.class)),
    UNIT_LIAISON(Roles.UNIT_LIAISON, EnumSet.allOf(AreaLevel.class)),
    VIEWER(Roles.VIEWER, EnumSet.allOf(AreaLevel.class));

    private final String value;
    private final Set<AreaLevel> scopeLevels;

    StaffRole(String value, Set<AreaLevel> scopeLevels) {
        this.value = value;
        this.scopeLevels = scopeLevels;
    }

    @JsonValue
    public String value() {
        return value;
    }

    @Override
    public String messageKey() {
        return "staff.role." + value;
    }

    public Set<AreaLevel> scopeLevels() {
        return scopeLevels;
    }

    @JsonCreator
    public static StaffRole of(String value) {
        return Arrays.stream(values()).filter(r -> r.value.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown role"));
    }

    public static final class Roles {
        public static final String STREET_ADMIN = "street-admin";
        public static final String COMMUNITY_STAFF = "community-staff";
        public static final String GRID_WORKER = "grid-worker";
        public static final String VOLUNTEER = "volunteer";
        public static final String UNIT_LIAISON = "unit-liaison";
        public static final String VIEWER = "viewer";

        private Roles() {
        }
    }
}
