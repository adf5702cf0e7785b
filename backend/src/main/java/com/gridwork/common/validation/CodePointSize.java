package com.gridwork.common.validation;

import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;

/**
 * {@code @Size} on a String counts characters (code points), as the API contract's minLength/maxLength and MySQL's
 * utf8mb4 columns do, not UTF-16 units: a name with a rare character beyond the Basic Multilingual Plane (𪚥, as in
 * some names) is one character, and one emoji is not a two-character reason. Lists keep Hibernate Validator's own
 * {@code @Size}: a validator for String is more specific than its CharSequence one.
 */
@ApplicationScoped
public class CodePointSize implements ValidatorFactoryCustomizer {
    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
        ConstraintMapping mapping = configuration.createConstraintMapping();
        mapping.constraintDefinition(Size.class).includeExistingValidators(true).validatedBy(TextValidator.class);
        configuration.addMapping(mapping);
    }

    public static class TextValidator implements ConstraintValidator<Size, String> {
        private int min;
        private int max;

        @Override
        public void initialize(Size size) {
            min = size.min();
            max = size.max();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            int length = value.codePointCount(0, value.length());
            return length >= min && length <= max;
        }
    }
}
