package com.gridwork.dictionary;

import com.gridwork.common.http.Versioned;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the code-list endpoints read and answer. */
public final class DictionaryDtos {
    private DictionaryDtos() {}

    @Schema(
            name = "DictionaryEntry",
            description = "One value of a code list: the API stores the code, people read the name")
    public record DictionaryEntry(
            long id,
            DictionaryCategory category,
            @Schema(examples = "ELDERLY_ALONE") String code,

            @Schema(examples = "独居老人", description = "The Chinese name (always present)")
            String name,

            @Schema(
                    nullable = true,
                    examples = "Elderly living alone",
                    description = "The English name; null means readers of English see the Chinese name")
            String nameEn,

            int sortOrder,
            boolean active,

            @Schema(nullable = true, description = "Null for a platform default")
            Long subDistrictId,

            long version)
            implements Versioned {
        static DictionaryEntry of(DictionaryItem i) {
            return new DictionaryEntry(
                    i.id, i.category, i.code, i.name, i.nameEn, i.sortOrder, i.active, i.subDistrictId, i.version);
        }
    }

    @Schema(name = "DictionaryEntryCreate")
    public record DictionaryEntryCreate(
            @NotNull DictionaryCategory category,

            @NotBlank @Pattern(regexp = "[A-Z0-9_]{1,32}", message = "{gridwork.dictionary.code.pattern}")
            String code,

            @NotBlank @Size(max = 64) String name,

            @Schema(nullable = true, description = "Optional; blank means none") @Size(max = 64)
            String nameEn,

            @Min(0) @Max(9999) int sortOrder,

            @Schema(
                    description =
                            "The sub-district whose list this extends; omit for your own (or, for the whole platform, for a default)")
            Long subDistrictId) {}

    @Schema(name = "DictionaryEntryUpdate")
    public record DictionaryEntryUpdate(
            @NotBlank @Size(max = 64) String name,

            @Schema(nullable = true, description = "Optional; blank or absent removes it") @Size(max = 64)
            String nameEn,

            @Min(0) @Max(9999) int sortOrder,
            @NotNull Boolean active) {}
}
