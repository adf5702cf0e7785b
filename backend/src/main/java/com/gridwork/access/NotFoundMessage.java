package com.gridwork.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The message key of the 404 that {@link AreaScope} answers for a record of this type that does not exist or lies
 * outside the caller's scope (one message for both, so ids cannot be probed); its argument {0} is the id.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface NotFoundMessage {
    String value();
}
