package com.gridwork.common.error;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A JSON value that parsed but breaks one of {@link ValueFormats}' rules. Jackson adds the field's path as it
 * unwinds, and {@link ProblemMappers} shows the message key next to that field.
 */
public class JsonFieldException extends JsonMappingException {
    private final String messageKey;
    private final transient Object[] args;

    public JsonFieldException(JsonParser parser, String messageKey, Object... args) {
        super(parser, messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
