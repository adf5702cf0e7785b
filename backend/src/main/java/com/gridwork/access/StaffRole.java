package com.gridwork.access;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.gridwork.common.i18n.Localizable;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Arrays;

/**
 * The Keycloak realm roles. The name in the token, in the database and in the API is the kebab-case value. What each
 * may do is {@link Permission}'s; the area levels an account of each role may be scoped to are staff administration's
 * ({@code StaffScopes}).
 */
@Schema(
        name = "StaffRole",
        type = SchemaType.STRING,
        enumeration = {"street-admin", "community-staff", "grid-worker", "volunteer", "unit-liaison", "viewer"})
public enum StaffRole implements Localizable {
    STREET_ADMIN("street-admin"),
    COMMUNITY_STAFF("community-staff"),
    GRID_WORKER("grid-worker"),
    VOLUNTEER("volunteer"),
    UNIT_LIAISON("unit-liaison"),
    VIEWER("viewer");

    private final String value;

    StaffRole(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    @Override
    public String messageKey() {
        return "staff.role." + value;
    }

    @JsonCreator
    public static StaffRole of(String value) {
        return Arrays.stream(values())
                .filter(r -> r.value.equals(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown role"));
    }
}
