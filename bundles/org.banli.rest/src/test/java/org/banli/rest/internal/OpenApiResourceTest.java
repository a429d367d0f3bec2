package org.banli.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.banli.api.item.Step;
import org.junit.jupiter.api.Test;

class OpenApiResourceTest {

    private final JsonNode document = ObjectMapperResolver.MAPPER.valueToTree(new OpenApiResource(
                    List.of(
                            ItemResource.class,
                            UnitResource.class,
                            UserResource.class,
                            HealthResource.class,
                            DisclosureResource.class),
                    "1.2.3")
            .document());

    @Test
    void describesEveryResourceMethodWithItsParametersAndSecurity() {
        JsonNode paths = document.path("paths");
        assertThat(document.path("info").path("version").asText()).isEqualTo("1.2.3");
        assertThat(document.path("info").path("license").path("name").asText())
                .as("the licence entry Redocly asks for, saying that none is chosen yet")
                .contains("all rights reserved");
        assertThat(paths.fieldNames())
                .toIterable()
                .contains(
                        "/api/v1/items",
                        "/api/v1/items/{id}",
                        "/api/v1/items/{id}/assign",
                        "/api/v1/units",
                        "/api/v1/users/me",
                        "/api/v1/health",
                        "/api/v1/openapi.json");
        JsonNode list = paths.path("/api/v1/items").path("get");
        assertThat(list.path("parameters").findValuesAsText("name"))
                .containsExactly(
                        "status",
                        "unit",
                        "kind",
                        "year",
                        "number",
                        "keyItem",
                        "flaggedRating",
                        "draft",
                        "overdue",
                        "dueWithin",
                        "warning",
                        "page",
                        "size",
                        "total");
        assertThat(list.path("security").size()).as("Basic or a session").isEqualTo(2);
        assertThat(paths.path("/api/v1/health").path("get").path("security").isArray())
                .as("open, and saying so")
                .isTrue();
        assertThat(paths.path("/api/v1/health").path("get").path("security")).isEmpty();
        assertThat(paths.path("/api/v1/public/replies").path("get").path("security"))
                .isEmpty();
        paths.fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
                    assertThat(operation.getValue().has("security"))
                            .as(operation.getKey() + " " + path.getKey() + " declares its security")
                            .isTrue();
                    assertThat(operation.getValue().path("responses").fieldNames())
                            .toIterable()
                            .as(operation.getKey() + " " + path.getKey() + " says how a mistake is answered")
                            .anyMatch(status -> status.startsWith("4"));
                }));
        assertThat(paths.path("/api/v1/health").path("get").path("responses").has("406"))
                .isTrue();
        assertThat(paths.path("/api/v1/public/replies")
                        .path("get")
                        .path("responses")
                        .has("400"))
                .as("its query parameters may be malformed")
                .isTrue();
        assertThat(paths.fieldNames())
                .toIterable()
                .contains(
                        "/api/v1/items/{id}/reply-draft",
                        "/api/v1/items/{id}/reply-review",
                        "/api/v1/items/{id}/rating",
                        "/api/v1/items/{id}/merge");
        assertThat(paths.path("/api/v1/health")
                        .path("get")
                        .path("responses")
                        .path("200")
                        .path("content")
                        .path("application/json")
                        .path("schema")
                        .path("$ref")
                        .asText())
                .isEqualTo("#/components/schemas/HealthResource.Health");
        assertThat(paths.path("/api/v1/items/{id}")
                        .path("get")
                        .path("parameters")
                        .path(0)
                        .path("in")
                        .asText())
                .isEqualTo("path");
    }

    @Test
    void everyStepRequiresIfMatchAndSaysItAnswers428WithoutIt() {
        JsonNode paths = document.path("paths");
        List<String> steps = new java.util.ArrayList<>();
        paths.fields().forEachRemaining(path -> {
            JsonNode post = path.getValue().path("post");
            if (path.getKey().startsWith("/api/v1/items/{id}/") && !post.isMissingNode()) {
                steps.add(path.getKey());
                JsonNode ifMatch = java.util.stream.StreamSupport.stream(
                                post.path("parameters").spliterator(), false)
                        .filter(p -> p.path("name").asText().equals("If-Match"))
                        .findFirst()
                        .orElseThrow();
                assertThat(ifMatch.path("in").asText()).isEqualTo("header");
                assertThat(ifMatch.path("required").asBoolean())
                        .as(path.getKey())
                        .isTrue();
                assertThat(post.path("responses").has("428")).as(path.getKey()).isTrue();
            }
        });
        assertThat(steps).hasSizeGreaterThan(20).contains("/api/v1/items/{id}/assign", "/api/v1/items/{id}/merge");
        List<String> bodies = steps.stream()
                .map(path -> paths.path(path)
                        .path("post")
                        .path("requestBody")
                        .path("content")
                        .path("application/json")
                        .path("schema")
                        .path("$ref")
                        .asText())
                .toList();
        assertThat(bodies)
                .as("every step, and each once, has its operation: a new step without one fails here")
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Step.class.getPermittedSubclasses())
                        .map(step -> "#/components/schemas/Step." + step.getSimpleName())
                        .toList());
        assertThat(paths.path("/api/v1/items").path("post").path("responses").has("428"))
                .as("registration")
                .isFalse();
    }

    @Test
    void bodiesAreDescribedByNamedSchemasAndPagesByTheirElementType() {
        JsonNode register = document.path("paths").path("/api/v1/items").path("post");
        assertThat(register.path("requestBody")
                        .path("content")
                        .path("application/json")
                        .path("schema")
                        .path("$ref")
                        .asText())
                .isEqualTo("#/components/schemas/Requests.RegisterItem");
        assertThat(register.path("responses")
                        .path("201")
                        .path("content")
                        .path("application/json")
                        .path("schema")
                        .path("$ref")
                        .asText())
                .isEqualTo("#/components/schemas/ItemDTO");
        JsonNode kind = document.path("components")
                .path("schemas")
                .path("Requests.RegisterItem")
                .path("properties")
                .path("kind");
        assertThat(ObjectMapperResolver.MAPPER.convertValue(kind.path("enum"), List.class))
                .containsExactly("SUGGESTION", "PROPOSAL");
        JsonNode page = document.path("paths")
                .path("/api/v1/items")
                .path("get")
                .path("responses")
                .path("200")
                .path("content")
                .path("application/json")
                .path("schema");
        assertThat(page.path("properties")
                        .path("items")
                        .path("items")
                        .path("$ref")
                        .asText())
                .isEqualTo("#/components/schemas/ItemSummaryDTO");
        JsonNode draft =
                document.path("paths").path("/api/v1/items/{id}/reply-draft").path("post");
        assertThat(draft.path("requestBody")
                        .path("content")
                        .path("application/json")
                        .path("schema")
                        .path("$ref")
                        .asText())
                .isEqualTo("#/components/schemas/Step.DraftReply");
        assertThat(document.path("components")
                        .path("schemas")
                        .path("Step.DraftReply")
                        .path("properties")
                        .path("commitments")
                        .path("items")
                        .path("$ref")
                        .asText())
                .isEqualTo("#/components/schemas/Step.CommitmentDraft");
        assertThat(document.path("components")
                        .path("schemas")
                        .path("Reply")
                        .path("properties")
                        .has("author"))
                .as("the reply as stored is not the draft step")
                .isTrue();
        assertThat(ObjectMapperResolver.MAPPER.convertValue(
                        document.path("components").path("securitySchemes"), Map.class))
                .containsKey("basic");
    }

    @Test
    void everyJsonBodyHasAnExampleThatItsSchemaDescribes() {
        JsonNode whole = ObjectMapperResolver.MAPPER.valueToTree(new OpenApiResource(
                        List.of(
                                ArchiveResource.class,
                                AssessmentResource.class,
                                AuditResource.class,
                                DemoResource.class,
                                DisclosureResource.class,
                                HealthResource.class,
                                InboxResource.class,
                                ItemResource.class,
                                OutboxResource.class,
                                PeopleResource.class,
                                PluginResource.class,
                                ReportResource.class,
                                SessionResource.class,
                                UnitResource.class,
                                UserResource.class),
                        "1")
                .document());
        JsonNode schemas = whole.path("components").path("schemas");
        List<String> described = new java.util.ArrayList<>();
        whole.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
                    JsonNode json = operation
                            .getValue()
                            .path("requestBody")
                            .path("content")
                            .path("application/json");
                    if (!json.isMissingNode()) {
                        String where = operation.getKey() + " " + path.getKey();
                        assertThat(json.has("example"))
                                .as(where + " has an example body")
                                .isTrue();
                        assertDescribes(json.path("schema"), json.path("example"), schemas, where);
                        described.add(json.path("schema").path("$ref").asText());
                    }
                }));
        assertThat(described).as("request bodies").hasSizeGreaterThan(30);
        JsonNode wrong = ObjectMapperResolver.MAPPER.valueToTree(Map.of("hostUnit", 7));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> assertDescribes(
                        ObjectMapperResolver.MAPPER.valueToTree(Map.of("$ref", "#/components/schemas/Step.Assign")),
                        wrong,
                        schemas,
                        "a wrong example"))
                .as("the check itself refuses a number for a text")
                .isInstanceOf(AssertionError.class);
    }

    /** A small JSON Schema check: the types, formats, enums and property names the document uses. */
    private static void assertDescribes(JsonNode schema, JsonNode value, JsonNode schemas, String where) {
        if (schema.has("$ref")) {
            String name = schema.path("$ref").asText().substring("#/components/schemas/".length());
            assertDescribes(schemas.path(name), value, schemas, where + " " + name);
            return;
        }
        switch (schema.path("type").asText()) {
            case "object" -> {
                assertThat(value.isObject()).as(where).isTrue();
                value.fields().forEachRemaining(field -> {
                    assertThat(schema.path("properties").has(field.getKey()))
                            .as(where + " declares " + field.getKey())
                            .isTrue();
                    assertDescribes(
                            schema.path("properties").path(field.getKey()),
                            field.getValue(),
                            schemas,
                            where + "." + field.getKey());
                });
            }
            case "array" -> {
                assertThat(value.isArray()).as(where).isTrue();
                value.forEach(element -> assertDescribes(schema.path("items"), element, schemas, where + "[]"));
            }
            case "integer" -> assertThat(value.isIntegralNumber()).as(where).isTrue();
            case "boolean" -> assertThat(value.isBoolean()).as(where).isTrue();
            case "string" -> {
                assertThat(value.isTextual()).as(where).isTrue();
                if (schema.has("enum")) {
                    List<String> allowed = new java.util.ArrayList<>();
                    schema.path("enum").forEach(e -> allowed.add(e.asText()));
                    assertThat(allowed).as(where).contains(value.asText());
                }
                if ("date".equals(schema.path("format").asText())) {
                    assertThat(java.time.LocalDate.parse(value.asText()))
                            .as(where)
                            .isNotNull();
                }
            }
            default -> throw new AssertionError(where + ": a schema this check does not know: " + schema);
        }
    }
}
