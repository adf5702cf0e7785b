package com.gridwork.audit;

import com.gridwork.access.Permission.Names;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;

@Path("/api/audit")
@Tag(name = "Audit")
@Produces(MediaType.APPLICATION_JSON)
@PermissionsAllowed(Names.AUDIT_READ)
public class AuditResource {
    @Inject
    AuditService audit;

    @GET
    @Operation(
            operationId = "listAuditEntries",
            summary = "Who revealed, exported or imported personal data",
            description =
                    "Administrators and community staff see the entries of their scope; everyone else only their own.")
    public PageResult<AuditEntryView> list(
            @QueryParam("action") AuditEntry.Action action,
            @QueryParam("actor") String actor,
            @QueryParam("from") Instant from,
            @QueryParam("to") Instant to,
            @Valid @BeanParam PageParams page) {
        return audit.list(action, actor, from, to, page);
    }
}
