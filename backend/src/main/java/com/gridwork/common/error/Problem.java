package com.gridwork.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** RFC 9457 problem details, as sent with {@code application/problem+json}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(examples = "/problems/validation-failed") String type,
        @Schema(examples = "请求参数有误") String title,
        @Schema(examples = "400") int status,
        @Schema(examples = "请检查标出的字段") String detail,
        @Schema(examples = "/api/areas") String instance,

        @Schema(description = "Each violated field (validation problems only)")
        List<FieldViolation> violations,

        @Schema(description = "Id of the existing resource a duplicate collides with, where there is one")
        Long existingId) {}
