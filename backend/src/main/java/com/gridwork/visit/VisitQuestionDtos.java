package com.gridwork.visit;

import com.gridwork.common.http.Versioned;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

public final class VisitQuestionDtos {
    private VisitQuestionDtos() {}

    @Schema(name = "VisitQuestionView")
    public record VisitQuestionView(
            long id,
            long subDistrictId,
            String text,
            VisitQuestionKind kind,

            @Schema(description = "CHOICE: the options in order; empty for the other kinds")
            List<String> options,

            int sortOrder,
            boolean active,
            long version)
            implements Versioned {}

    @Schema(name = "VisitQuestionInput")
    public record VisitQuestionInput(
            @Schema(
                    nullable = true,
                    description = "The owning sub-district; defaults to the caller's; fixed once created")
            Long subDistrictId,

            @NotBlank @Size(max = 200) String text,
            @NotNull VisitQuestionKind kind,

            @Schema(
                    nullable = true,
                    description = "CHOICE: 2 to 10 options, each non-blank and different; none for the other kinds")
            @Size(max = 10)
            List<@NotBlank @Size(max = 60) String> options,

            @NotNull @Min(0) @Max(9999) Integer sortOrder,
            @NotNull Boolean active) {}
}
