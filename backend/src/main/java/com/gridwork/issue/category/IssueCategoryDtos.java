package com.gridwork.issue.category;

import com.gridwork.common.http.Versioned;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class IssueCategoryDtos {
    private IssueCategoryDtos() {}

    @Schema(name = "IssueCategoryView")
    public record CategoryView(
            long id,
            String code,

            @Schema(description = "The Chinese name (always present)")
            String name,

            @Schema(
                    nullable = true,
                    description = "The English name; null means readers of English see the Chinese name")
            String nameEn,

            int timeLimitDays,
            int sortOrder,
            boolean active,

            @Schema(description = "A platform default (not owned by a sub-district)")
            boolean platformDefault,

            long version)
            implements Versioned {}

    @Schema(name = "IssueCategoryInput")
    public record CategoryInput(
            @NotBlank @Size(max = 32) @jakarta.validation.constraints.Pattern(regexp = "[A-Z0-9_]+")
            String code,

            @NotBlank @Size(max = 64) String name,

            @Schema(nullable = true, description = "Optional; blank or absent means none") @Size(max = 64)
            String nameEn,

            @NotNull @Min(1) @Max(60) Integer timeLimitDays,
            @NotNull @Min(0) @Max(9999) Integer sortOrder,
            @NotNull Boolean active,

            @Schema(description = "Owning sub-district; defaults to the caller's")
            Long subDistrictId) {}
}
