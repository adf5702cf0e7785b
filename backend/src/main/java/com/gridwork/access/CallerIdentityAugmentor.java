package com.gridwork.access;

import io.quarkus.security.StringPermission;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Replaces the token's roles with the role of the caller's staff account, grants the permissions of that role and
 * scope ({@link Permission}, asked for by {@code @PermissionsAllowed}) and attaches the caller. A valid token without
 * an enabled staff account keeps no roles and no permissions at all, so every protected endpoint refuses it (403).
 */
@ApplicationScoped
public class CallerIdentityAugmentor implements SecurityIdentityAugmentor {
    public static final String CALLER_ATTRIBUTE = "gridwork.caller";

    @Inject
    CallerLoader loader;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                    .setPrincipal(identity.getPrincipal())
                    .addCredentials(identity.getCredentials())
                    .addAttributes(identity.getAttributes())
                    .setAnonymous(false);
            loader.load(identity.getPrincipal().getName()).ifPresent(caller -> {
                builder.addRole(caller.role().value());
                // @PermissionsAllowed(Names.X) asks for the StringPermission named X.
                builder.addPermissionChecker(required -> Uni.createFrom()
                        .item(caller.permissions().stream()
                                .anyMatch(p -> new StringPermission(p.name()).implies(required))));
                builder.addAttribute(CALLER_ATTRIBUTE, caller);
            });
            return builder.build();
        });
    }
}
