package com.gridwork.common.openapi;

import com.gridwork.common.error.Problem;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Tags in display order and the shared Problem schema that ProblemResponsesFilter refers to. */
@OpenAPIDefinition(
        info = @Info(title = "Gridwork API", version = "1.0"),
        tags = {
                @Tag(name = "Me", description = "The signed-in caller"),
                @Tag(name = "Areas", description = "Sub-districts (街道), communities (社区), grids (网格) and buildings (楼栋)"),
                @Tag(name = "Staff", description = "Staff accounts and their area scope (street-admin only)"),
                @Tag(name = "Public", description = "Unauthenticated bootstrap information for the web app")
        },
        components = @Components(schemas = @Schema(name = "Problem", implementation = Problem.class)))
public class ApiDefinition extends Application {
}
