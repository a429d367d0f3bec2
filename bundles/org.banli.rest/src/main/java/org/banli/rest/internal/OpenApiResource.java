package org.banli.rest.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.banli.api.Text;
import org.glassfish.jersey.model.Parameter.Source;
import org.glassfish.jersey.server.model.Parameter;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;

/**
 * The OpenAPI 3.0 document of the API as it is running now, generated from Jersey's own
 * resource model, so every endpoint is described and none is described that does not exist.
 */
@Path(OpenApiResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
public final class OpenApiResource {

    static final String PATH = "v1/openapi.json";

    /** An example body for each request schema, by the schema's name: what an integrator copies first. */
    private final Map<String, Object> examples;

    private final Map<String, Object> document;

    OpenApiResource(List<Class<?>> resourceClasses, String version) {
        this.examples = examples();
        this.document = build(resourceClasses, version);
    }

    private static Map<String, Object> examples() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream("openapi-examples.json")) {
            return ObjectMapperResolver.MAPPER.readValue(in, new TypeReference<Map<String, Object>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException("openapi-examples.json is part of this bundle", e);
        }
    }

    @GET
    @Public
    @Summary("本接口的 OpenAPI 文档 (this API's OpenAPI document)")
    public Map<String, Object> document() {
        return document;
    }

    private Map<String, Object> build(List<Class<?>> resourceClasses, String version) {
        Map<String, Object> schemas = new TreeMap<>();
        Map<String, Object> paths = new TreeMap<>();
        List<Class<?>> all = new ArrayList<>(resourceClasses);
        all.add(OpenApiResource.class);
        for (Class<?> type : all) {
            Resource resource = Resource.from(type);
            walk(resource, join("/api", resource.getPath()), paths, schemas);
        }
        schemas.put("Problem", problemSchema());
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put(
                "info",
                Map.of(
                        "title",
                        "Banli 办理 API",
                        "version",
                        version,
                        "description",
                        "县人大代表建议、政协委员提案办理平台 (handling of deputies' suggestions and members' proposals)",
                        // Says how things stand, so an integrator need not guess: the project has chosen no licence.
                        "license",
                        Map.of("name", "尚未选定许可，保留所有权利 (no licence chosen yet: all rights reserved)")));
        doc.put("servers", List.of(Map.of("url", "/")));
        doc.put("paths", paths);
        doc.put(
                "components",
                Map.of(
                        "schemas",
                        schemas,
                        "securitySchemes",
                        Map.of(
                                "basic",
                                Map.of("type", "http", "scheme", "basic"),
                                "session",
                                Map.of(
                                        "type",
                                        "apiKey",
                                        "in",
                                        "cookie",
                                        "name",
                                        WebSessions.COOKIE,
                                        "description",
                                        "网页登录 POST /api/v1/session；写操作须带 " + WebSessions.CSRF_HEADER
                                                + " 头 (web desk login; writes carry the CSRF header)"))));
        return doc;
    }

    private void walk(Resource resource, String path, Map<String, Object> paths, Map<String, Object> schemas) {
        for (ResourceMethod method : resource.getResourceMethods()) {
            if (method.getInvocable().getHandlingMethod().isAnnotationPresent(StepOperations.EachStep.class)) {
                String template = "{" + StepOperations.STEP + "}";
                for (StepOperations.Operation step : StepOperations.ALL) {
                    operations(paths, path.replace(template, step.path()))
                            .put(method.getHttpMethod().toLowerCase(Locale.ROOT), operation(method, step, schemas));
                }
            } else {
                operations(paths, path)
                        .put(method.getHttpMethod().toLowerCase(Locale.ROOT), operation(method, null, schemas));
            }
        }
        for (Resource child : resource.getChildResources()) {
            walk(child, join(path, child.getPath()), paths, schemas);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> operations(Map<String, Object> paths, String path) {
        return (Map<String, Object>) paths.computeIfAbsent(path, p -> new TreeMap<String, Object>());
    }

    /** The operation of a resource method, or of one {@code step} that the method performs. */
    private Map<String, Object> operation(
            ResourceMethod resourceMethod, StepOperations.Operation step, Map<String, Object> schemas) {
        Method method = resourceMethod.getInvocable().getHandlingMethod();
        Map<String, Object> operation = new LinkedHashMap<>();
        Summary summary = method.getAnnotation(Summary.class);
        operation.put(
                "operationId",
                method.getDeclaringClass().getSimpleName() + "." + (step == null ? method.getName() : step.name()));
        if (step != null) {
            operation.put("summary", step.summary());
        } else if (summary != null) {
            operation.put("summary", summary.value());
        }
        List<Object> parameters = new ArrayList<>();
        boolean versioned = false;
        for (Parameter parameter : resourceMethod.getInvocable().getParameters()) {
            if (step != null
                    && parameter.getSource() == Source.PATH
                    && StepOperations.STEP.equals(parameter.getSourceName())) {
                continue; // the step's own path, not a parameter of it
            }
            if (parameter.getSource() == Source.PATH
                    || parameter.getSource() == Source.QUERY
                    || parameter.getSource() == Source.HEADER) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("name", parameter.getSourceName());
                p.put("in", parameter.getSource().name().toLowerCase(Locale.ROOT));
                boolean version = parameter.getSource() == Source.HEADER
                        && HttpHeaders.IF_MATCH.equalsIgnoreCase(parameter.getSourceName());
                p.put("required", parameter.getSource() == Source.PATH || version);
                if (version) {
                    p.put("description", Text.of(Text.Code.VERSION_REQUIRED).bilingual());
                    versioned = true;
                }
                p.put("schema", Map.of("type", parameter.getRawType() == long.class ? "integer" : "string"));
                parameters.add(p);
            } else if (parameter.getSource() == Source.ENTITY && parameter.getRawType() == InputStream.class) {
                operation.put("requestBody", Map.of("required", true, "content", upload(summary)));
            } else if (parameter.getSource() == Source.ENTITY) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("schema", schema(step == null ? parameter.getType() : step.type(), schemas));
                Object example = examples.get(schemaName(body.get("schema")));
                if (example != null) {
                    body.put("example", example);
                }
                operation.put(
                        "requestBody", Map.of("required", true, "content", Map.of(MediaType.APPLICATION_JSON, body)));
            }
        }
        if (!parameters.isEmpty()) {
            operation.put("parameters", parameters);
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        Type returned = method.getGenericReturnType();
        if (returned == Response.class) {
            Class<?> body = summary == null ? Void.class : summary.returns();
            if (summary != null
                    && !summary.media().isEmpty()
                    && body == Void.class
                    && !operation.containsKey("requestBody")) {
                responses.put("200", Map.of("description", "成功 (OK)", "content", binary(summary)));
            } else if (body == Void.class) {
                responses.put("204", Map.of("description", "成功，无内容 (no content)"));
            } else {
                responses.put(
                        Integer.toString(summary.status()),
                        Map.of(
                                "description",
                                summary.status() == 201 ? "已创建 (created)" : "成功 (OK)",
                                "content",
                                Map.of(MediaType.APPLICATION_JSON, Map.of("schema", schema(body, schemas)))));
            }
        } else {
            responses.put(
                    "200",
                    Map.of(
                            "description",
                            "成功 (OK)",
                            "content",
                            Map.of(MediaType.APPLICATION_JSON, Map.of("schema", schema(returned, schemas)))));
        }
        boolean open = method.isAnnotationPresent(Public.class)
                || method.getDeclaringClass().isAnnotationPresent(Public.class);
        // An open operation says so with an empty list, so that a reader (or a linter) knows it was meant.
        operation.put("security", open ? List.of() : List.of(Map.of("basic", List.of()), Map.of("session", List.of())));
        if (!open) {
            responses.put("401", problemResponse("需要登录 (authentication required)"));
        }
        if (versioned) {
            responses.put("428", problemResponse("未注明 If-Match (If-Match missing)"));
        }
        if (operation.containsKey("requestBody")) {
            responses.put("400", problemResponse("请求体或参数格式有误 (a malformed body or parameter)"));
            responses.put("413", problemResponse("请求体过大 (the body is too large)"));
            responses.put("422", problemResponse("数据不符合规则，逐项说明 (the data breaks a rule; each field named)"));
        } else if (parameters.stream().anyMatch(p -> "query".equals(((Map<?, ?>) p).get("in")))) {
            responses.put("400", problemResponse("查询参数有误 (a query parameter is malformed)"));
        } else if (responses.keySet().stream().noneMatch(status -> status.startsWith("4"))) {
            // Nothing a caller sends can be wrong here but what it accepts.
            responses.put("406", problemResponse("请求的格式本接口不提供 (Accept names no type it answers in)"));
        }
        responses.put("default", problemResponse("错误，RFC 9457 problem details (an error)"));
        operation.put("responses", responses);
        return operation;
    }

    /** The component name a schema refers to, or null for an inline one. */
    private static String schemaName(Object schema) {
        Object ref = ((Map<?, ?>) schema).get("$ref");
        return ref == null ? null : ref.toString().substring("#/components/schemas/".length());
    }

    /** A body of bytes in the endpoint's own media type. */
    private static Map<String, Object> binary(Summary summary) {
        String media =
                summary == null || summary.media().isEmpty() ? MediaType.APPLICATION_OCTET_STREAM : summary.media();
        return Map.of(media, Map.of("schema", Map.of("type", "string", "format", "binary")));
    }

    /** An uploaded body: bytes in the endpoint's media type, or a form's file where the endpoint takes one. */
    private static Map<String, Object> upload(Summary summary) {
        if (summary == null || !summary.formUpload()) {
            return binary(summary);
        }
        Map<String, Object> content = new LinkedHashMap<>(binary(summary));
        content.put(
                MediaType.MULTIPART_FORM_DATA,
                Map.of(
                        "schema",
                        Map.of(
                                "type",
                                "object",
                                "required",
                                List.of("file"),
                                "properties",
                                Map.of(
                                        "file", Map.of("type", "string", "format", "binary"),
                                        "kind", Map.of("type", "string"),
                                        "year", Map.of("type", "string")))));
        return content;
    }

    private static Map<String, Object> problemResponse(String description) {
        return Map.of(
                "description",
                description,
                "content",
                Map.of("application/problem+json", Map.of("schema", Map.of("$ref", "#/components/schemas/Problem"))));
    }

    private Map<String, Object> schema(Type type, Map<String, Object> schemas) {
        return schema(type, Map.of(), schemas);
    }

    /**
     * A JSON schema for a Java type: records become named components, generic records
     * (pages) are inlined with their type arguments bound, everything else is inline.
     */
    private Map<String, Object> schema(Type type, Map<String, Type> bindings, Map<String, Object> schemas) {
        if (type instanceof TypeVariable<?> variable) {
            return schema(bindings.getOrDefault(variable.getName(), Object.class), Map.of(), schemas);
        }
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                return Map.of("type", "array", "items", schema(arguments[0], bindings, schemas));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return Map.of("type", "object", "additionalProperties", schema(arguments[1], bindings, schemas));
            }
            if (raw.isRecord()) {
                Map<String, Type> inner = new HashMap<>();
                TypeVariable<?>[] variables = raw.getTypeParameters();
                for (int i = 0; i < variables.length; i++) {
                    inner.put(variables[i].getName(), arguments[i]);
                }
                return recordSchema(raw, inner, schemas);
            }
            return schema(raw, bindings, schemas);
        }
        Class<?> raw = type instanceof Class<?> c ? c : Object.class;
        if (raw == String.class) {
            return Map.of("type", "string");
        }
        if (raw == int.class || raw == Integer.class) {
            return Map.of("type", "integer", "format", "int32");
        }
        if (raw == long.class || raw == Long.class) {
            return Map.of("type", "integer", "format", "int64");
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return Map.of("type", "boolean");
        }
        if (raw == LocalDate.class) {
            return Map.of("type", "string", "format", "date");
        }
        if (raw == Instant.class) {
            return Map.of("type", "string", "format", "date-time");
        }
        if (raw.isEnum()) {
            return Map.of(
                    "type",
                    "string",
                    "enum",
                    Arrays.stream(raw.getEnumConstants()).map(String::valueOf).toList());
        }
        if (raw.isRecord()) {
            // Nested records keep their outer name: Requests.Reply is not the Reply that /replies returns.
            String name =
                    raw.getName().substring(raw.getPackageName().length() + 1).replace('$', '.');
            if (!schemas.containsKey(name)) {
                schemas.put(name, Map.of()); // placeholder against recursion
                schemas.put(name, recordSchema(raw, Map.of(), schemas));
            }
            return Map.of("$ref", "#/components/schemas/" + name);
        }
        return Map.of("type", "object");
    }

    private Map<String, Object> recordSchema(Class<?> record, Map<String, Type> bindings, Map<String, Object> schemas) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (RecordComponent component : record.getRecordComponents()) {
            properties.put(component.getName(), schema(component.getGenericType(), bindings, schemas));
        }
        return Map.of("type", "object", "properties", properties);
    }

    private static Map<String, Object> problemSchema() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("type", Map.of("type", "string"));
        properties.put("title", Map.of("type", "string"));
        properties.put("status", Map.of("type", "integer"));
        properties.put("detail", Map.of("type", "string"));
        properties.put(
                "code",
                Map.of(
                        "type",
                        "string",
                        "description",
                        "有代码的说明按 Accept-Language 只用一种语言 (a coded detail is in the reader's language alone)",
                        "enum",
                        Arrays.stream(Text.Code.values()).map(Enum::name).toList()));
        properties.put("instance", Map.of("type", "string"));
        properties.put(
                "errors",
                Map.of(
                        "type",
                        "array",
                        "items",
                        Map.of(
                                "type",
                                "object",
                                "properties",
                                Map.of("field", Map.of("type", "string"), "message", Map.of("type", "string")))));
        return Map.of("type", "object", "properties", properties);
    }

    private static String join(String base, String path) {
        String trimmed = path == null ? "" : path.replaceAll("^/+|/+$", "");
        return trimmed.isEmpty() ? base : base + "/" + trimmed;
    }
}
