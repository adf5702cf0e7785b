package com.gridwork.area;

import com.gridwork.common.http.Versioned;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** What the area API sends and receives; entities never leave the service. */
public final class AreaDtos {
    private AreaDtos() {}

    static final String CODE_PATTERN = "[A-Za-z0-9][A-Za-z0-9-]{0,31}";

    @Schema(name = "AreaRef", description = "An area named by id, level, code and name")
    public record AreaRef(
            long id,
            AreaLevel level,
            @Schema(examples = "XFL") String code,
            @Schema(examples = "幸福里社区") String name) {
        public static AreaRef of(Area a) {
            return new AreaRef(a.id, a.level, a.code, a.name);
        }
    }

    /** A grid's worker as the area detail lists them; the staff feature fills it in ({@link AreaStaff}). */
    @Schema(name = "AreaGridWorker", description = "A grid worker of the grid, as shown to colleagues")
    public record GridWorker(
            long id,
            String username,
            @Schema(examples = "张伟") String displayName,

            @Schema(examples = "13800138000", nullable = true)
            String phone) {}

    @Schema(name = "AreaNode", description = "A node of the area tree (buildings are listed per grid, not in the tree)")
    public record AreaNode(
            long id,
            AreaLevel level,
            String code,
            String name,

            @Schema(description = "False for ancestors shown only to connect the caller's scope to the root")
            boolean inScope,

            List<AreaNode> children) {}

    @Schema(name = "AreaSummary")
    public record AreaSummary(
            long id,
            AreaLevel level,
            String code,
            String name,
            @Schema(nullable = true) Long parentId,
            long childCount,
            long version) {}

    @Schema(name = "AreaDetail")
    public record AreaDetail(
            long id,
            AreaLevel level,
            String code,
            String name,
            @Schema(nullable = true) Long parentId,

            @Schema(description = "From the root down to the parent")
            List<AreaRef> ancestors,

            @Schema(nullable = true) String description,
            @Schema(nullable = true) String address,
            @Schema(nullable = true) Integer floors,
            @Schema(nullable = true) Integer unitCount,
            long childCount,

            @Schema(description = "Enabled grid workers whose scope includes this grid (grids only)")
            List<GridWorker> gridWorkers,

            long version,
            Instant createdAt,
            Instant updatedAt)
            implements Versioned {}

    @Schema(name = "AreaCreate")
    public record AreaCreate(
            @NotNull AreaLevel level,

            @Schema(description = "Required for every level but SUB_DISTRICT, and must be of the level above")
            Long parentId,

            @NotBlank
            @Pattern(regexp = CODE_PATTERN, message = "{gridwork.area.code.pattern}")
            @Schema(examples = "G01")
            String code,

            @NotBlank @Size(max = 64) @Schema(examples = "幸福里第一网格")
            String name,

            @Size(max = 500) String description,

            @Size(max = 200) @Schema(description = "Buildings only")
            String address,

            @Min(1) @Max(200) @Schema(description = "Buildings only")
            Integer floors,

            @Min(1) @Max(50) @Schema(description = "Buildings only")
            Integer unitCount) {}

    @Schema(name = "AreaUpdate", description = "Level and parent cannot change")
    public record AreaUpdate(
            @NotBlank @Pattern(regexp = CODE_PATTERN, message = "{gridwork.area.code.pattern}")
            String code,

            @NotBlank @Size(max = 64) String name,
            @Size(max = 500) String description,
            @Size(max = 200) String address,
            @Min(1) @Max(200) Integer floors,
            @Min(1) @Max(50) Integer unitCount) {}
}
