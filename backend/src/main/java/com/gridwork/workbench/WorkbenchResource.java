package com.gridwork.workbench;

import com.gridwork.access.Permission.Names;
import com.gridwork.common.i18n.Messages;
import com.gridwork.workbench.WorkbenchDtos.Workbench;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/workbench")
@Tag(name = "Workbench")
public class WorkbenchResource {
    @Inject
    WorkbenchService workbench;

    @Inject
    Messages messages;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    // Everyone has a home; each section inside asks for its own permission.
    @PermissionsAllowed(Names.AREAS_READ)
    @Operation(
            operationId = "getWorkbench",
            summary = "The caller's home: issue to-dos, this week's talk days, this month's figures",
            description = "Only the sections the caller's permissions allow, each in the caller's scope: the issue"
                    + " to-dos (a count, the first few and the GET /api/issues query that lists them), today's and"
                    + " this week's talk days (Beijing time, Monday to Sunday), and this month's figures computed"
                    + " by the issue and registry statistics (the README's definitions).")
    public Workbench get(@Context HttpHeaders headers) {
        return workbench.get(messages.localeOf(headers));
    }
}
