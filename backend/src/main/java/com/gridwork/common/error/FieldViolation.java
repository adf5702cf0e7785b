package com.gridwork.common.error;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One rejected input field; {@code field} is the JSON property path as the client sent it (e.g. {@code name}). */
@Schema(name = "FieldViolation")
public record FieldViolation(
        @Schema(examples = "name") String field,
        @Schema(examples = "不能为空") String message) {}
