package com.gridwork.common.error;

import com.gridwork.common.error.ApiProblem.ViolationKey;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks every query, path and header parameter of the matched endpoint against its declared type before Quarkus
 * converts it, and answers one 400 naming each parameter that does not convert ({@link ValueFormats}). Left to
 * Quarkus, a failed conversion is a bare 404 (JAX-RS says so for query and path parameters) that names nothing.
 * Runs after matching and after the security check, so a stranger without a token still gets the 401.
 */
public class ParameterChecks {
    private enum Source {
        QUERY,
        PATH,
        HEADER
    }

    private record Declared(String name, Source source, Class<?> type) {}

    private final Map<Method, List<Declared>> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        List<ViolationKey> violations = new ArrayList<>();
        for (Declared parameter : declared.computeIfAbsent(method, ParameterChecks::declaredBy)) {
            List<String> values = switch (parameter.source()) {
                case QUERY -> request.getUriInfo().getQueryParameters().get(parameter.name());
                case PATH -> request.getUriInfo().getPathParameters().get(parameter.name());
                case HEADER -> request.getHeaders().get(parameter.name());
            };
            for (String raw : values == null ? List.<String>of() : values) {
                ViolationKey violation = ValueFormats.check(parameter.name(), parameter.type(), raw);
                if (violation != null) {
                    violations.add(violation);
                    break;
                }
            }
        }
        if (!violations.isEmpty()) {
            throw ApiProblem.invalidFields(violations);
        }
    }

    /** The typed parameters of a resource method, its {@code @BeanParam} fields included. */
    private static List<Declared> declaredBy(Method method) {
        List<Declared> result = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> c = parameter.getType(); c != null && c != Object.class; c = c.getSuperclass()) {
                    for (Field field : c.getDeclaredFields()) {
                        add(result, field.getAnnotations(), field.getGenericType());
                    }
                }
            } else {
                add(result, parameter.getAnnotations(), parameter.getParameterizedType());
            }
        }
        return List.copyOf(result);
    }

    private static void add(List<Declared> result, Annotation[] annotations, Type type) {
        for (Annotation annotation : annotations) {
            Declared d = annotation instanceof QueryParam q
                    ? new Declared(q.value(), Source.QUERY, elementType(type))
                    : annotation instanceof PathParam p
                            ? new Declared(p.value(), Source.PATH, elementType(type))
                            : annotation instanceof HeaderParam h
                                    ? new Declared(h.value(), Source.HEADER, elementType(type))
                                    : null;
            if (d != null && d.type() != null) {
                result.add(d);
            }
        }
    }

    /** The type each value converts to: the element type of a list or set parameter. */
    private static Class<?> elementType(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p
                && p.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw)
                && p.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return null;
    }
}
