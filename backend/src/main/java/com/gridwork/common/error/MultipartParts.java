package com.gridwork.common.error;

import com.gridwork.common.error.ApiProblem.ViolationKey;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The file parts of multipart endpoints: whether a part is really a file, and naming the parts an endpoint expects
 * when the body cannot be read as multipart at all (no parts, an empty or cut-off body), for which Quarkus' parser
 * fails with a plain IOException before the endpoint runs.
 */
public final class MultipartParts {
    private MultipartParts() {}

    /** A file was sent in the part: it is there, and it is a file (a plain text field under that name has no file name). */
    public static boolean isFile(FileUpload upload) {
        return upload != null
                && upload.uploadedFile() != null
                && upload.fileName() != null
                && !upload.fileName().isEmpty();
    }

    /** Whether Quarkus' multipart parser gave up on the request body (the client's doing, not ours). */
    static boolean unreadable(IOException e) {
        return Arrays.stream(e.getStackTrace())
                .limit(3)
                .anyMatch(
                        frame -> frame.getClassName().startsWith("org.jboss.resteasy.reactive.server.core.multipart."));
    }

    /** A 400 naming each file part of the endpoint as missing. */
    static ApiProblem missing(ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        List<ViolationKey> violations = new ArrayList<>();
        for (Parameter parameter : method == null ? new Parameter[0] : method.getParameters()) {
            RestForm rest = parameter.getAnnotation(RestForm.class);
            FormParam form = parameter.getAnnotation(FormParam.class);
            String name = rest != null && !rest.value().isEmpty() ? rest.value() : form != null ? form.value() : null;
            if (name != null && parameter.getType() == FileUpload.class) {
                violations.add(new ViolationKey(name, "multipart.part.missing", name));
            }
        }
        return violations.isEmpty()
                ? ApiProblem.badRequest("problem.http.400.detail")
                : ApiProblem.invalidFields(violations);
    }
}
