package com.gridwork.apiclient;

import com.gridwork.common.error.ApiProblem;
import com.gridwork.staff.KeycloakAccounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import java.util.List;
import java.util.Map;

/**
 * The Keycloak side of API clients: one confidential client per system, good for the client-credentials grant only,
 * whose tokens name the backend in their audience. Only clients registered here are ever touched (by Keycloak's
 * id, kept in {@link ApiClient}). Secrets pass through and are never logged.
 */
@ApplicationScoped
public class KeycloakApiClients {
    private static final Logger LOG = Logger.getLogger(KeycloakApiClients.class);

    @Inject
    KeycloakAccounts accounts;

    /** The backend's client id: the audience the API requires of every token. */
    @ConfigProperty(name = "quarkus.oidc.client-id")
    String backendClientId;

    /** A client as created: Keycloak's id of it, its service-account user (id, name) and its first secret. */
    public record Provisioned(
            String keycloakId, String serviceAccountUserId, String serviceAccountUsername, String secret) {}

    /**
     * Creates the client, its service account and secret. Half-way failures remove the client again (by its client
     * id, so also when Keycloak created it but the answer was lost); then the failure is thrown.
     */
    public Provisioned create(String clientId, String name) {
        try {
            String keycloakId = accounts.inRealm(realm -> {
                try (Response response = realm.clients().create(representation(clientId, name))) {
                    if (response.getStatus() != 201) {
                        throw ApiProblem.conflict("staff.identity.rejected", "HTTP " + response.getStatus());
                    }
                    String location = response.getLocation().getPath();
                    return location.substring(location.lastIndexOf('/') + 1);
                }
            });
            return accounts.inRealm(realm -> {
                ClientResource client = realm.clients().get(keycloakId);
                UserRepresentation serviceAccount = client.getServiceAccountUser();
                return new Provisioned(
                        keycloakId,
                        serviceAccount.getId(),
                        serviceAccount.getUsername(),
                        client.getSecret().getValue());
            });
        } catch (RuntimeException e) {
            removeQuietly(clientId);
            throw e;
        }
    }

    /** Issues a new secret; the old one stops working at once. */
    public String newSecret(String keycloakId) {
        return accounts.inRealm(
                realm -> realm.clients().get(keycloakId).generateNewSecret().getValue());
    }

    /** Keeps Keycloak's name in step (for its console) and enables or disables the client (no new tokens). */
    public void update(String keycloakId, String name, boolean enabled) {
        accounts.inRealm(realm -> {
            ClientResource client = realm.clients().get(keycloakId);
            ClientRepresentation rep = client.toRepresentation();
            rep.setName(name);
            rep.setEnabled(enabled);
            // Sent back without the secret it was read with: a rotation in between must not be undone.
            rep.setSecret(null);
            client.update(rep);
            return null;
        });
    }

    /**
     * Removes the client with this client id if it exists (compensation after a failed registration). A failure
     * here is logged, not thrown: the client left behind has no Gridwork account, so its tokens are refused anyway.
     */
    public void removeQuietly(String clientId) {
        try {
            accounts.inRealm(realm -> {
                realm.clients()
                        .findByClientId(clientId)
                        .forEach(c -> realm.clients().get(c.getId()).remove());
                return null;
            });
        } catch (RuntimeException e) {
            LOG.errorf(
                    "Could not remove the Keycloak client %s after a failed registration; remove it in the Keycloak console",
                    clientId);
        }
    }

    private ClientRepresentation representation(String clientId, String name) {
        ProtocolMapperRepresentation audience = new ProtocolMapperRepresentation();
        audience.setName("audience " + backendClientId);
        audience.setProtocol("openid-connect");
        audience.setProtocolMapper("oidc-audience-mapper");
        audience.setConfig(Map.of(
                "included.client.audience", backendClientId,
                "access.token.claim", "true",
                "id.token.claim", "false",
                "introspection.token.claim", "true",
                "lightweight.claim", "false"));

        ClientRepresentation rep = new ClientRepresentation();
        rep.setClientId(clientId);
        rep.setName(name);
        rep.setDescription("Gridwork API client: managed by Gridwork (API clients page, /api/api-clients), not here");
        rep.setEnabled(true);
        rep.setProtocol("openid-connect");
        rep.setPublicClient(false);
        rep.setBearerOnly(false);
        rep.setClientAuthenticatorType("client-secret");
        // client-credentials only: no browser sign-in, no password grant, no implicit flow, no device or CIBA grant
        rep.setServiceAccountsEnabled(true);
        rep.setStandardFlowEnabled(false);
        rep.setDirectAccessGrantsEnabled(false);
        rep.setImplicitFlowEnabled(false);
        rep.setFrontchannelLogout(false);
        // Roles in the token mean nothing to the API (it reads the account's role from its database): carry none.
        rep.setFullScopeAllowed(false);
        rep.setRedirectUris(List.of());
        rep.setWebOrigins(List.of());
        rep.setAttributes(Map.of(
                "oauth2.device.authorization.grant.enabled", "false",
                "oidc.ciba.grant.enabled", "false",
                "client_credentials.use_refresh_token", "false"));
        rep.setProtocolMappers(List.of(audience));
        return rep;
    }
}
