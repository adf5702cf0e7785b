package com.gridwork.registry.excel;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What an import did (or, for a dry run, would do), and every bad row. */
@Schema(name = "ImportReport")
public record ImportReport(
        @Schema(description = "True when nothing was meant to be written")
        boolean dryRun,

        @Schema(description = "True when the file was written to the registry (a real run without errors)")
        boolean imported,

        @Schema(description = "Data rows read (blank rows not counted)")
        int rows,

        ImportCounts households,
        ImportCounts residents,

        @Schema(description = "Number of errors found; only the first 1000 are listed")
        int errorCount,

        List<ImportError> errors) {

    /** Records created, changed, and found identical. All zero when the file has errors. */
    @Schema(name = "ImportCounts")
    public record ImportCounts(int created, int updated, int unchanged) {}

    /** One problem in one cell (or with one row, or the header row 1). */
    @Schema(name = "ImportError")
    public record ImportError(
            @Schema(description = "Row number as Excel shows it (1 is the header row)")
            int row,

            @Schema(description = "The column's header, e.g. 身份证号")
            String column,

            @Schema(description = "What is wrong, in the caller's language")
            String message) {}
}
