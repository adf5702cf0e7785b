package com.gridwork.registry.excel;

import com.gridwork.access.Permission.Names;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.error.MultipartParts;
import com.gridwork.common.http.ContentDisposition;
import com.gridwork.common.i18n.Messages;
import com.gridwork.common.openapi.ApiDefinition;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/registry/import")
@Tag(
        name = "Registry import and export",
        description = "Excel (.xlsx) import of households with their residents, and export")
@PermissionsAllowed(Names.REGISTRY_IMPORT)
public class RegistryImportResource {
    @Inject
    RegistryImportService imports;

    @Inject
    RegistryTemplate template;

    @Inject
    Messages messages;

    @GET
    @Path("/template")
    @Produces({RegistryTemplate.XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(
            operationId = "getRegistryImportTemplate",
            summary = "The import template",
            description =
                    "An .xlsx with the Chinese column headers (one row per resident) and a sheet 填写说明 that explains "
                            + "each column and lists the allowed values of the caller's code lists.")
    @APIResponse(
            responseCode = "200",
            description = "The template. " + ApiDefinition.ANY_DOWNLOAD_ACCEPT,
            headers = @Header(name = "Content-Disposition", description = "attachment; filename*=UTF-8''…"),
            content =
                    @Content(
                            mediaType = RegistryTemplate.XLSX,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response template() {
        return Response.ok(template.template(), RegistryTemplate.XLSX)
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment("居民台账导入模板.xlsx", "registry-import-template.xlsx"))
                .build();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "importRegistry",
            summary = "Import households and residents from an .xlsx file",
            description = "Validates the whole file and reports every bad row (row, column, message). Atomic per file: "
                    + "if any row is bad nothing is imported. Idempotent: households are matched by location, residents by "
                    + "ID number, so importing the same file again changes nothing. dryRun=true (the default) only checks "
                    + "and reports what a real run would create, update and leave unchanged.")
    @APIResponse(
            responseCode = "200",
            description = "The report (check errorCount / imported)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportReport.class)))
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.MULTIPART_FORM_DATA,
                            schema = @Schema(type = SchemaType.OBJECT, requiredProperties = "file")))
    public ImportReport upload(
            @RestForm("file") @Schema(description = "The .xlsx file") FileUpload file,
            @QueryParam("dryRun") @DefaultValue("true") @Parameter(description = "Only check; import nothing")
                    boolean dryRun,
            @Context HttpHeaders headers) {
        if (!MultipartParts.isFile(file)) {
            throw ApiProblem.invalidField("file", "import.file.missing");
        }
        return imports.importFile(file.uploadedFile(), file.fileName(), dryRun, messages.localeOf(headers));
    }
}
