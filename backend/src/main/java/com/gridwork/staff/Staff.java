package com.gridwork.staff;

import com.gridwork.access.StaffRole;
import com.gridwork.area.Area;
import com.gridwork.common.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

@Entity
@Table(name = "staff")
public class Staff extends VersionedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 64)
    public String username;

    @Column(name = "display_name", nullable = false, length = 64)
    public String displayName;

    @Column(length = 20)
    public String phone;

    @Column(nullable = false, length = 32)
    public StaffRole role;

    @Column(nullable = false)
    public boolean enabled = true;

    @Column(name = "keycloak_user_id", length = 64)
    public String keycloakUserId;

    /**
     * The account of an API client's Keycloak service account (a third-party system, not a person): managed under
     * /api/api-clients, left out of staff administration and of the people work is given to.
     */
    @Column(name = "service_account", nullable = false)
    public boolean serviceAccount;

    /** The areas this account works in; empty for a street-admin means the whole platform. */
    @ManyToMany
    @JoinTable(
            name = "staff_area",
            joinColumns = @JoinColumn(name = "staff_id"),
            inverseJoinColumns = @JoinColumn(name = "area_id"))
    public Set<Area> areas = new LinkedHashSet<>();

    /** Keycloak names a client's service account {@code service-account-<clientId>}; no person may be called so. */
    public static final String SERVICE_ACCOUNT_PREFIX = "service-account-";

    public static Staff findByUsername(String username) {
        return find("username", username).firstResult();
    }

    /**
     * Display names of the accounts behind usernames that records kept (history, audit), in one query; a username
     * without an account (deleted, or never one) is missing from the map and shown as it is.
     */
    public static Map<String, String> displayNames(Collection<String> usernames) {
        Set<String> distinct = new HashSet<>(usernames);
        distinct.remove(null);
        if (distinct.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        Staff.<Staff>list("username in ?1", distinct).forEach(s -> names.put(s.username, s.displayName));
        return names;
    }
}
