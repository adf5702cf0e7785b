package com.gridwork.volunteer.certificate;

import com.gridwork.access.Permission.Names;
import com.gridwork.common.openapi.ApiDefinition;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;

@Path("/api/volunteers/me/certificate.pdf")
@Tag(name = CertificateFiles.TAG)
@PermissionsAllowed(Names.HOURS_REPORT)
public class OwnCertificateResource {
    @Inject
    CertificateService certificates;

    @GET
    @Produces({CertificateFiles.PDF, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(
            operationId = "getOwnVolunteerCertificate",
            summary = "The calling volunteer account's own service certificate as PDF",
            description = CertificateFiles.DESCRIPTION)
    @APIResponse(
            responseCode = "200",
            description = "The certificate. " + ApiDefinition.ANY_DOWNLOAD_ACCEPT,
            headers = {
                @Header(name = "Content-Disposition", description = "attachment; filename*=UTF-8''…"),
                @Header(name = "X-Certificate-Number", description = "The certificate's number")
            },
            content =
                    @Content(
                            mediaType = CertificateFiles.PDF,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response get(
            @QueryParam("from") @Parameter(required = true, example = "2026-01-01") LocalDate from,
            @QueryParam("to") @Parameter(required = true, example = "2026-06-30") LocalDate to) {
        return CertificateFiles.pdf(certificates.forSelf(from, to));
    }
}
