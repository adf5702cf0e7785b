package com.gridwork.common.validation;

import com.gridwork.common.Text;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.NotBlank;

/**
 * {@code @NotBlank} as this API means it: some visible character. Hibernate Validator's own check trims only ASCII
 * controls and spaces, so a name of zero-width or ideographic spaces passed; {@link ValidationSetup} puts this
 * validator in its place for every {@code @NotBlank}.
 */
public class VisibleTextValidator implements ConstraintValidator<NotBlank, CharSequence> {
    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return !Text.isBlank(value);
    }
}
