package com.gridwork.access;

import io.quarkus.security.PermissionsAllowed;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Names, in the description of every operation, the permission its {@code @PermissionsAllowed} asks for and the roles
 * that hold it (a last paragraph {@code Roles: `street-admin`, `community-staff`.}), so the contract says who may call
 * what. Runs when the document is built, from the annotations in the index: operations are matched by operationId.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class PermissionsInContract implements OASFilter {
    private static final String PERMISSION_PREFIX = "Permission: ";
    private static final String ROLES_PREFIX = "Roles: ";
    private static final DotName OPERATION = DotName.createSimple(Operation.class);
    private static final DotName PERMISSIONS_ALLOWED = DotName.createSimple(PermissionsAllowed.class);

    private final Map<String, List<Permission>> byOperationId = new HashMap<>();

    public PermissionsInContract(IndexView index) {
        for (AnnotationInstance operation : index.getAnnotations(OPERATION)) {
            AnnotationValue id = operation.value("operationId");
            if (operation.target().kind() != AnnotationTarget.Kind.METHOD || id == null) {
                continue;
            }
            MethodInfo method = operation.target().asMethod();
            AnnotationInstance allowed = method.declaredAnnotation(PERMISSIONS_ALLOWED);
            if (allowed == null) {
                allowed = method.declaringClass().declaredAnnotation(PERMISSIONS_ALLOWED);
            }
            if (allowed != null) {
                byOperationId.put(
                        id.asString(),
                        Arrays.stream(allowed.value().asStringArray())
                                .map(Permission::valueOf)
                                .toList());
            }
        }
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths()
                .getPathItems()
                .values()
                .forEach(item -> item.getOperations().values().forEach(operation -> {
                    List<Permission> permissions = byOperationId.get(operation.getOperationId());
                    if (permissions != null) {
                        String description = operation.getDescription();
                        String added = describe(permissions);
                        operation.setDescription(
                                description == null || description.isBlank() ? added : description + "\n\n" + added);
                    }
                }));
    }

    /** The permissions (any one of them suffices) and the roles that hold one. */
    static String describe(List<Permission> permissions) {
        String names = permissions.stream().map(p -> "`" + p.name() + "`").collect(Collectors.joining(" or "));
        String roles = Arrays.stream(StaffRole.values())
                .filter(r -> permissions.stream().anyMatch(p -> p.roles().contains(r)))
                .map(r -> "`" + r.value() + "`"
                        + (permissions.stream().anyMatch(p -> p.grantedTo(r, false)) ? "" : " (whole platform)"))
                .collect(Collectors.joining(", "));
        return PERMISSION_PREFIX + names + ".\n\n" + ROLES_PREFIX + roles + ".";
    }
}
