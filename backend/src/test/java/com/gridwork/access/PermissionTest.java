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
        // Everything but what is a volunteer's own (their profile, sign-ups, check-ins, hours, their team's issues,
        // the households they help, their party report, posts and wishes) or a unit liaison's (its unit's resources,
        // projects and issues): a street-admin is neither.
        EnumSet<Permission> volunteersOwn = EnumSet.of(
                Permission.VOLUNTEER_OWN_PROFILE,
                Permission.ISSUES_HANDLE_AS_TEAM,
                Permission.ACTIVITIES_SIGN_UP,
                Permission.VOLUNTEER_CHECK_IN,
                Permission.HOURS_REPORT,
                Permission.VISITS_RECORD_AS_HELPER,
                Permission.PARTY_REPORT_OWN,
                Permission.PARTY_POSTS_CLAIM,
                Permission.MICRO_WISHES_CLAIM,
                Permission.COBUILD_RESOURCES_OFFER,
                Permission.COBUILD_PROJECTS_CLAIM,
                Permission.ISSUES_HANDLE_AS_UNIT);
        assertThat(Permission.of(StaffRole.STREET_ADMIN, true)).isEqualTo(EnumSet.complementOf(volunteersOwn));
        EnumSet<Permission> notScoped = EnumSet.copyOf(volunteersOwn);
        notScoped.add(Permission.SUB_DISTRICTS_CREATE);
        assertThat(Permission.of(StaffRole.STREET_ADMIN, false)).isEqualTo(EnumSet.complementOf(notScoped));
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
