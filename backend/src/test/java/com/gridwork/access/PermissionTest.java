package com.gridwork.access;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class PermissionTest {
    /** {@code @PermissionsAllowed} names a permission by a constant of Names: each must be its permission's name. */
    @Test
    void everyPermissionHasItsNameConstantAndNoOther() throws IllegalAccessException {
        Map<String, Object> names = new TreeMap<>();
        for (Field f : Permission.Names.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())) {
                names.put(f.getName(), f.get(null));
            }
        }
        Map<String, Object> expected = new TreeMap<>();
        Arrays.stream(Permission.values()).forEach(p -> expected.put(p.name(), p.name()));
        assertThat(names).isEqualTo(expected);
    }

    @Test
    void creatingASubDistrictNeedsTheRoleAndTheWholePlatform() {
        assertThat(Permission.SUB_DISTRICTS_CREATE.grantedTo(StaffRole.STREET_ADMIN, true))
                .isTrue();
        assertThat(Permission.SUB_DISTRICTS_CREATE.grantedTo(StaffRole.STREET_ADMIN, false))
                .isFalse();
        assertThat(Permission.SUB_DISTRICTS_CREATE.grantedTo(StaffRole.COMMUNITY_STAFF, true))
                .isFalse();
        // everything but a volunteer's own sign-ups and check-ins (a staff account has no volunteer profile)
        assertThat(Permission.of(StaffRole.STREET_ADMIN, true))
                .isEqualTo(EnumSet.complementOf(
                        EnumSet.of(Permission.ACTIVITIES_SIGN_UP, Permission.VOLUNTEER_CHECK_IN)));
        assertThat(Permission.of(StaffRole.STREET_ADMIN, false))
                .isEqualTo(EnumSet.complementOf(EnumSet.of(
                        Permission.SUB_DISTRICTS_CREATE, Permission.ACTIVITIES_SIGN_UP, Permission.VOLUNTEER_CHECK_IN)));
    }

    @Test
    void theScopeMattersOnlyWhereThePermissionSaysSo() {
        for (Permission p : Permission.values()) {
            for (StaffRole role : StaffRole.values()) {
                if (p != Permission.SUB_DISTRICTS_CREATE) {
                    assertThat(p.grantedTo(role, false))
                            .as(p + " " + role)
                            .isEqualTo(p.grantedTo(role, true))
                            .isEqualTo(p.roles().contains(role));
                }
            }
        }
    }
}
