package com.gridwork.volunteer.certificate;

import com.gridwork.access.Permission.Names;
import com.gridwork.common.http.ContentDisposition;
import com.gridwork.common.openapi.ApiDefinition;
import com.gridwork.volunteer.certificate.HoursExportService.ExportFile;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.nio.file.Files;
import java.time.LocalDate;

import static com.gridwork.common.Text.blankToNull;

@Path("/api/volunteer-hours/export")
@Tag(name = CertificateFiles.TAG)
@PermissionsAllowed(Names.HOURS_EXPORT)
public class HoursExportResource {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    HoursExportService exports;

    @GET
    @Produces({XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(
            operationId = "exportVolunteerHours",
            summary = "CONFIRMED hours per volunteer per activity of a period in the caller's scope, as .xlsx for the"
                    + " national volunteer system",
            description = "Columns 姓名, 身份证号码, 志愿者编号 (national volunteer number), 所属队伍, 活动名称, 开始日期,"
                    + " 结束日期, 服务时长（小时）: one row per volunteer and activity (entries and reversals netted;"
                    + " entries without an activity one by one, by their description), as on the certificate. Hours"
                    + " count where they were served (the entry's community). The period is China Standard Time days,"
                    + " to inclusive, at most 366 days. ID numbers are masked unless reveal=true with a reason (the"
                    + " reveal permission; audited). Every export is written to the audit log.")
    @APIResponse(
            responseCode = "200",
            description = "The workbook. " + ApiDefinition.ANY_DOWNLOAD_ACCEPT,
            headers = {
                @Header(name = "Content-Disposition", description = "attachment; filename*=UTF-8''…"),
                @Header(
                        name = "X-Total-Count",
                        description = "Rows exported",
                        schema = @Schema(type = SchemaType.INTEGER))
            },
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(
            @QueryParam("from") @Parameter(required = true, example = "2026-01-01") LocalDate from,
            @QueryParam("to") @Parameter(required = true, example = "2026-06-30") LocalDate to,
            @QueryParam("areaId") @Parameter(description = "A community or grid within the caller's scope") Long areaId,
            @QueryParam("reveal")
                    @DefaultValue("false")
                    @Parameter(description = "Full ID numbers (needs reason and the reveal permission)")
                    boolean reveal,
            @QueryParam("reason")
                    @Parameter(description = "Why the ID numbers are revealed (required with reveal=true)")
                    String reason) {
        ExportFile file = exports.export(from, to, areaId, reveal, blankToNull(reason));
        StreamingOutput body = out -> {
            try {
                Files.copy(file.file(), out);
            } finally {
                Files.deleteIfExists(file.file());
            }
        };
        String name = from + "_" + to;
        return Response.ok(body, XLSX)
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment("志愿服务时长-" + name + ".xlsx", "volunteer-hours-" + name + ".xlsx"))
                .header("X-Total-Count", file.rows())
                .build();
    }
}
