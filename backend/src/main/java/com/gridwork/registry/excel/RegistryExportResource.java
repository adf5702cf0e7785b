package com.gridwork.registry.excel;

import com.gridwork.access.Permission.Names;
import com.gridwork.common.http.ContentDisposition;
import com.gridwork.common.i18n.Messages;
import com.gridwork.common.openapi.ApiDefinition;
import com.gridwork.common.time.BeijingTime;
import com.gridwork.registry.excel.RegistryExportService.ExportFile;
import com.gridwork.registry.excel.RegistryExportService.ExportFilter;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import static com.gridwork.common.Text.blankToNull;

@Path("/api/registry/export")
@Tag(name = "Registry import and export")
@PermissionsAllowed(Names.REGISTRY_EXPORT)
public class RegistryExportResource {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");
    private static final ZoneId CHINA = BeijingTime.ZONE;

    @Inject
    RegistryExportService exports;

    @Inject
    Messages messages;

    @GET
    @Produces({RegistryTemplate.XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(
            operationId = "exportRegistry",
            summary = "Export residents in the caller's scope to .xlsx",
            description =
                    "Same columns as the import template, plus 状态. ID and phone numbers are masked unless reveal=true "
                            + "with a reason (audited like a reveal). Every export is written to the audit log with its filter and row count.")
    @APIResponse(
            responseCode = "200",
            description = "The workbook. " + ApiDefinition.ANY_DOWNLOAD_ACCEPT,
            headers = {
                @Header(name = "Content-Disposition", description = "attachment; filename*=UTF-8''…"),
                @Header(
                        name = "X-Total-Count",
                        description = "Residents exported",
                        schema = @Schema(type = SchemaType.INTEGER))
            },
            content =
                    @Content(
                            mediaType = RegistryTemplate.XLSX,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(
            @QueryParam("gridId") @Parameter(description = "Only this grid (or any area: its whole subtree)")
                    Long gridId,
            @QueryParam("buildingId") Long buildingId,
            @QueryParam("tag")
                    @Parameter(description = "A care-group tag of the resident or a tag of their household (code)")
                    String tag,
            @QueryParam("registrationType") String registrationType,
            @QueryParam("status") @Parameter(description = "ACTIVE or MOVED_OUT; all when empty") String status,
            @QueryParam("q")
                    @Parameter(
                            description =
                                    "As the resident list's q: any part of the name, its full pinyin or initials from the beginning, or an exact ID card or phone number (README Search)")
                    String q,
            @QueryParam("reveal")
                    @DefaultValue("false")
                    @Parameter(description = "Full ID and phone numbers (needs reason)")
                    boolean reveal,
            @QueryParam("reason") @Parameter(description = "Why the numbers are revealed (required with reveal=true)")
                    String reason,
            @Context HttpHeaders headers) {
        ExportFile file = exports.export(
                new ExportFilter(
                        gridId,
                        buildingId,
                        blankToNull(tag),
                        blankToNull(registrationType),
                        blankToNull(status),
                        blankToNull(q)),
                reveal,
                reason,
                messages.localeOf(headers));
        StreamingOutput body = out -> {
            try {
                Files.copy(file.file(), out);
            } finally {
                Files.deleteIfExists(file.file());
            }
        };
        String stamp = LocalDateTime.now(CHINA).format(STAMP);
        return Response.ok(body, RegistryTemplate.XLSX)
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment("居民台账-" + stamp + ".xlsx", "registry-" + stamp + ".xlsx"))
                .header("X-Total-Count", file.rows())
                .build();
    }
}
