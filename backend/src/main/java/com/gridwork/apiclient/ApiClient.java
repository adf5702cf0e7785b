package com.gridwork.apiclient;

import com.gridwork.common.persistence.VersionedEntity;
import com.gridwork.staff.Staff;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A third-party system's way in: a confidential Keycloak client (client-credentials grant) and the staff account
 * of its service account, which holds the system's name, role, scope and enabled flag exactly as a person's
 * account does. No secret is stored: Keycloak keeps it, and it is shown once when issued.
 */
@Entity
@Table(name = "api_client")
public class ApiClient extends VersionedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "staff_id", nullable = false, unique = true)
    public Staff account;

    /** The client id the system authenticates with at Keycloak. */
    @Column(name = "client_id", nullable = false, length = 64)
    public String clientId;

    /** Keycloak's own id of the client, for the admin API. */
    @Column(name = "keycloak_id", nullable = false, length = 64)
    public String keycloakId;

    @Column(name = "contact_name", nullable = false, length = 64)
    public String contactName;

    @Column(name = "contact_email", nullable = false, length = 254)
    public String contactEmail;

    /** When the current secret was issued (registration or the last rotation). */
    @Column(name = "secret_issued_at", nullable = false)
    public Instant secretIssuedAt;

    @Column(name = "created_by", nullable = false, length = 64)
    public String createdBy;
}
