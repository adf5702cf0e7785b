package com.gridwork.common.validation;

import com.gridwork.common.i18n.Messages;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.core.HttpHeaders;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;

/**
 * Bean Validation as the API needs it: messages in the language that {@link Messages} chooses for the request (one
 * lenient reading of Accept-Language for problem texts and field messages alike), and {@code @NotBlank} meaning
 * "something visible" ({@link VisibleTextValidator}).
 */
@ApplicationScoped
public class ValidationSetup implements ValidatorFactoryCustomizer {
    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
        configuration.localeResolver(context -> Messages.localeOf(acceptLanguage()));
        ConstraintMapping mapping = configuration.createConstraintMapping();
        mapping.constraintDefinition(NotBlank.class)
                .includeExistingValidators(false)
                .validatedBy(VisibleTextValidator.class);
        configuration.addMapping(mapping);
    }

    /** The current request's Accept-Language, or null outside a request (validation in a scheduled job). */
    private static String acceptLanguage() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        try (InstanceHandle<CurrentVertxRequest> request = Arc.container().instance(CurrentVertxRequest.class)) {
            RoutingContext current = request.get().getCurrent();
            return current == null
                    ? null
                    : String.join(",", current.request().headers().getAll(HttpHeaders.ACCEPT_LANGUAGE));
        }
    }
}
