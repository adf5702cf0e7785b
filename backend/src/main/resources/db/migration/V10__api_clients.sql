-- API clients: third-party systems that call the API with a token of their own confidential Keycloak client
-- (client-credentials grant). Keycloak names the client's service-account user service-account-<client_id>, and
-- that is the user name of a staff row with the client's role and scope: every request of the system is loaded
-- and scoped like anyone's. service_account marks those rows, so staff administration and the people work is
-- given to leave them out.
ALTER TABLE staff ADD COLUMN service_account BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE api_client (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    -- the service account's staff row: name (display_name), role, scope and enabled live there
    staff_id          BIGINT       NOT NULL,
    -- what the system authenticates with at Keycloak, and Keycloak's own id of that client
    client_id         VARCHAR(64)  NOT NULL,
    keycloak_id       VARCHAR(64)  NOT NULL,
    contact_name      VARCHAR(64)  NOT NULL,
    contact_email     VARCHAR(254) NOT NULL,
    secret_issued_at  DATETIME(6)  NOT NULL,
    created_by        VARCHAR(64)  NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    created_at        DATETIME(6)  NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_api_client_client_id UNIQUE (client_id),
    CONSTRAINT uq_api_client_staff UNIQUE (staff_id),
    CONSTRAINT fk_api_client_staff FOREIGN KEY (staff_id) REFERENCES staff (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
