package com.gridwork.common.http;

import com.gridwork.common.error.ApiProblem;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.reflect.Method;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads {@value DeviceTime#HEADER} into {@link DeviceTime} for the operations whose contract names the header (a
 * method-level {@code @Parameter(ref = DeviceTimeHeader.PARAMETER)}), so that the contract and what is read cannot
 * part. An unreadable value is a 400 naming the header; on other operations the header is ignored.
 */
public class DeviceTimeHeader {
    /** The OpenAPI component parameter documenting the header (declared on ApiDefinition). */
    public static final String PARAMETER = DeviceTime.HEADER;

    /** What a DATETIME column holds; outside it the value is no time a device could have meant. */
    private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");

    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private final Map<Method, Boolean> documented = new ConcurrentHashMap<>();

    @Inject
    DeviceTime deviceTime;

    @ServerRequestFilter
    public void read(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        String raw = request.getHeaderString(DeviceTime.HEADER);
        if (method == null || raw == null || !documented.computeIfAbsent(method, DeviceTimeHeader::names)) {
            return;
        }
        deviceTime.set(parse(raw));
    }

    /** An ISO-8601 date and time with an offset or Z, e.g. {@code 2026-05-01T09:30:00+08:00}. */
    static Instant parse(String raw) {
        try {
            Instant at = OffsetDateTime.parse(raw.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant();
            if (!at.isBefore(EARLIEST) && !at.isAfter(LATEST)) {
                return at;
            }
        } catch (DateTimeParseException e) {
            // reported below, as any other unusable value
        }
        throw ApiProblem.invalidField(DeviceTime.HEADER, "device-time.invalid");
    }

    private static boolean names(Method method) {
        return Arrays.stream(method.getAnnotationsByType(Parameter.class)).anyMatch(p -> PARAMETER.equals(p.ref()));
    }
}
