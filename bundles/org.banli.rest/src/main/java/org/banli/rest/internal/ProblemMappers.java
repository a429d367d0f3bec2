package org.banli.rest.internal;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;
import org.banli.api.BanliException;
import org.banli.api.RuleViolationException;
import org.banli.api.Text;
import org.banli.api.user.LoginDelayedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns every failure into problem details with the right status, in the reader's language. */
public final class ProblemMappers {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemMappers.class);

    private ProblemMappers() {}

    /** What every mapper knows of its request: where it went and who reads the answer. */
    abstract static class Mapper {
        @Context
        private UriInfo uri;

        @Context
        private HttpHeaders headers;

        String path() {
            return uri == null ? null : Problems.instance(uri.getPath());
        }

        Locale reader() {
            return ProblemMappers.reader(headers);
        }

        HttpHeaders headers() {
            return headers;
        }

        Response problem(int status, String kind, Text detail) {
            return Problems.response(status, kind, detail, reader(), path(), List.of());
        }
    }

    public static final class BanliExceptionMapper extends Mapper implements ExceptionMapper<BanliException> {
        @Override
        public Response toResponse(BanliException e) {
            return switch (e.problem()) {
                case NOT_FOUND -> problem(404, "not-found", e.text());
                case FORBIDDEN -> problem(403, "forbidden", e.text());
                case CONFLICT -> problem(409, "conflict", e.text());
                case TOO_MANY_REQUESTS ->
                    Response.fromResponse(problem(429, "too-many-requests", e.text()))
                            .header(
                                    HttpHeaders.RETRY_AFTER,
                                    e instanceof LoginDelayedException delayed ? delayed.retryAfterSeconds() : 1)
                            .build();
                case RULE_VIOLATION -> {
                    List<Problems.FieldError> errors = e instanceof RuleViolationException rules
                            ? Problems.fieldErrors(rules.violations(), reader())
                            : List.of();
                    yield Problems.response(Problems.problem(
                            422,
                            "rule-violation",
                            errors.stream().map(Problems.FieldError::message).collect(Collectors.joining("; ")),
                            reader(),
                            path(),
                            errors));
                }
            };
        }
    }

    /** English for a reader whose first language is English (Accept-Language), Chinese for everyone else. */
    static Locale reader(HttpHeaders headers) {
        return Problems.reader(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    public static final class JsonParseMapper extends Mapper implements ExceptionMapper<JsonParseException> {
        @Override
        public Response toResponse(JsonParseException e) {
            return problem(
                    400,
                    "malformed-json",
                    Text.of(
                            Text.Code.MALFORMED_JSON,
                            "line",
                            e.getLocation().getLineNr(),
                            "column",
                            e.getLocation().getColumnNr(),
                            "reason",
                            e.getOriginalMessage()));
        }
    }

    public static final class JsonMappingMapper extends Mapper implements ExceptionMapper<JsonMappingException> {
        @Override
        public Response toResponse(JsonMappingException e) {
            String field = e.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
            Text message;
            if (e instanceof UnrecognizedPropertyException unknown) {
                field = unknown.getPropertyName();
                message = Text.of(Text.Code.UNKNOWN_FIELD, "field", field);
            } else if (e instanceof InvalidFormatException invalid
                    && invalid.getTargetType() != null
                    && invalid.getTargetType().isEnum()) {
                message = Text.of(
                        Text.Code.FIELD_NOT_ONE_OF,
                        "field",
                        field,
                        "value",
                        invalid.getValue(),
                        "allowed",
                        List.of(invalid.getTargetType().getEnumConstants()).toString());
            } else if (e instanceof ObjectMapperResolver.RefusedValue refused) {
                message = Text.of(Text.Code.FIELD_REFUSED, "field", field, "reason", refused.why());
            } else {
                // Jackson's own words name Java classes: say in the user's what was expected instead.
                Text.Label expected =
                        expected(e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null);
                message = field.isEmpty()
                        ? Text.of(Text.Code.BODY_EXPECTED, "expected", expected)
                        : Text.of(Text.Code.FIELD_EXPECTED, "field", field, "expected", expected);
            }
            return Problems.response(
                    400,
                    "invalid-field",
                    message,
                    reader(),
                    path(),
                    List.of(Problems.FieldError.of(field, message, reader())));
        }
    }

    /** What a value of {@code type} is, in words a person reads. */
    static Text.Label expected(Class<?> type) {
        if (type == null) {
            return Text.Label.ANOTHER_VALUE;
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class || type == double.class) {
            return Text.Label.A_NUMBER;
        }
        if (type == Boolean.class || type == boolean.class) {
            return Text.Label.TRUE_OR_FALSE;
        }
        if (CharSequence.class.isAssignableFrom(type) || type.isEnum()) {
            return Text.Label.A_TEXT;
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return Text.Label.A_DATE;
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return Text.Label.A_LIST;
        }
        return Text.Label.AN_OBJECT;
    }

    /** Every other failure to read a JSON body, such as one nested deeper than any request needs. */
    public static final class JsonReadMapper extends Mapper implements ExceptionMapper<JsonProcessingException> {
        @Override
        public Response toResponse(JsonProcessingException e) {
            return problem(
                    400, "malformed-json", Text.of(Text.Code.NESTED_TOO_DEEP, "max", ObjectMapperResolver.MAX_NESTING));
        }
    }

    public static final class WebApplicationMapper extends Mapper implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            if (e instanceof Refusal refusal) {
                return Problems.response(refusal.problem(headers(), path()));
            }
            Response original = e.getResponse();
            if (original.getEntity() instanceof Problems.Problem p) {
                return p.instance() != null
                        ? original
                        : Problems.response(new Problems.Problem(
                                p.type(), p.title(), p.status(), p.detail(), p.code(), path(), p.errors()));
            }
            int status = original.getStatus();
            Text.Code detail = detail(status);
            Problems.Problem problem = detail == null
                    ? Problems.problem(status, "http-" + status, e.getMessage(), reader(), path(), List.of())
                    : Problems.problem(status, "http-" + status, Text.of(detail), reader(), path(), List.of());
            Response.ResponseBuilder builder = Response.fromResponse(Problems.response(problem));
            original.getHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("Content-Type")) {
                    values.forEach(v -> builder.header(name, v));
                }
            });
            return builder.build();
        }

        /** Jersey's own messages ("HTTP 404 Not Found") say nothing the status does not: say what to do. */
        private static Text.Code detail(int status) {
            return switch (status) {
                case 404 -> Text.Code.NO_SUCH_ENDPOINT;
                case 405 -> Text.Code.METHOD_NOT_ALLOWED;
                case 406 -> Text.Code.JSON_ONLY;
                case 415 -> Text.Code.SEND_JSON;
                case 503 -> Text.Code.SERVICE_UNAVAILABLE;
                default -> null;
            };
        }
    }

    public static final class UnexpectedMapper extends Mapper implements ExceptionMapper<Exception> {
        @Override
        public Response toResponse(Exception e) {
            LOG.error("Unexpected failure on {}", path(), e);
            return problem(500, "internal", Text.of(Text.Code.INTERNAL_ERROR));
        }
    }
}
