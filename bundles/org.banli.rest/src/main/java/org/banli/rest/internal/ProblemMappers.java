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

/** Turns every failure into problem details with the right status. */
public final class ProblemMappers {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemMappers.class);

    private ProblemMappers() {}

    public static final class BanliExceptionMapper implements ExceptionMapper<BanliException> {
        @Context
        private UriInfo uri;

        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(BanliException e) {
            String path = path(uri);
            return switch (e.problem()) {
                case NOT_FOUND -> refusal(404, "not-found", e, path);
                case FORBIDDEN -> refusal(403, "forbidden", e, path);
                case CONFLICT -> refusal(409, "conflict", e, path);
                case TOO_MANY_REQUESTS ->
                    Response.fromResponse(Problems.response(429, "too-many-requests", e.getMessage(), path, List.of()))
                            .header(
                                    HttpHeaders.RETRY_AFTER,
                                    e instanceof LoginDelayedException delayed ? delayed.retryAfterSeconds() : 1)
                            .build();
                case RULE_VIOLATION ->
                    Problems.response(
                            422,
                            "rule-violation",
                            e.getMessage(),
                            path,
                            e instanceof RuleViolationException rules
                                    ? rules.violations().stream()
                                            .map(v -> new Problems.FieldError(v.field(), v.message()))
                                            .toList()
                                    : List.of());
            };
        }

        /** A coded text in the reader's language, with its code; any other in both languages, as written. */
        private Response refusal(int status, String kind, BanliException e, String path) {
            Text text = e.text();
            return text == null
                    ? Problems.response(status, kind, e.getMessage(), path, List.of())
                    : Problems.response(Problems.problem(
                            status, kind, text.in(reader(headers)), text.code().name(), path, List.of()));
        }
    }

    /** English for a reader whose first language is English (Accept-Language), Chinese for everyone else. */
    static Locale reader(HttpHeaders headers) {
        List<Locale> languages = headers == null ? List.of() : headers.getAcceptableLanguages();
        return languages.isEmpty() || !"en".equals(languages.get(0).getLanguage()) ? Locale.CHINESE : Locale.ENGLISH;
    }

    public static final class JsonParseMapper implements ExceptionMapper<JsonParseException> {
        @Context
        private UriInfo uri;

        @Override
        public Response toResponse(JsonParseException e) {
            return Problems.response(
                    400,
                    "malformed-json",
                    "请求体不是有效的 JSON，错在第 " + e.getLocation().getLineNr()
                            + " 行第 " + e.getLocation().getColumnNr() + " 列 (malformed JSON at line "
                            + e.getLocation().getLineNr()
                            + ", column " + e.getLocation().getColumnNr() + "): " + e.getOriginalMessage(),
                    path(uri),
                    List.of());
        }
    }

    public static final class JsonMappingMapper implements ExceptionMapper<JsonMappingException> {
        @Context
        private UriInfo uri;

        @Override
        public Response toResponse(JsonMappingException e) {
            String field = e.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
            String message;
            if (e instanceof UnrecognizedPropertyException unknown) {
                field = unknown.getPropertyName();
                message = "未知字段 " + field + " (unknown field " + field + ")";
            } else if (e instanceof InvalidFormatException invalid
                    && invalid.getTargetType() != null
                    && invalid.getTargetType().isEnum()) {
                String allowed =
                        List.of(invalid.getTargetType().getEnumConstants()).toString();
                message = "字段 " + field + " 的值 " + invalid.getValue() + " 无效，应为 " + allowed + " (" + field
                        + " must be one of " + allowed + ")";
            } else if (e instanceof ObjectMapperResolver.RefusedValue) {
                message = "字段 " + field + "：" + e.getOriginalMessage();
            } else {
                // Jackson's own words name Java classes: say in the user's what was expected instead.
                String expected =
                        expected(e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null);
                String where = field.isEmpty() ? "请求体 (the body)" : "字段 " + field + " (" + field + ")";
                message = where + " 应为" + expected;
            }
            return Problems.response(
                    400, "invalid-field", message, path(uri), List.of(new Problems.FieldError(field, message)));
        }
    }

    /** What a value of {@code type} is, in words a person reads. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "另一种值 (a value of another kind)";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class || type == double.class) {
            return "数字 (a number)";
        }
        if (type == Boolean.class || type == boolean.class) {
            return " true 或 false (true or false)";
        }
        if (CharSequence.class.isAssignableFrom(type) || type.isEnum()) {
            return "文本 (text)";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "日期，如 2027-03-01 (a date such as 2027-03-01)";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "列表 (a list)";
        }
        return "对象 {…} (an object)";
    }

    /** Every other failure to read a JSON body, such as one nested deeper than any request needs. */
    public static final class JsonReadMapper implements ExceptionMapper<JsonProcessingException> {
        @Context
        private UriInfo uri;

        @Override
        public Response toResponse(JsonProcessingException e) {
            return Problems.response(
                    400,
                    "malformed-json",
                    "请求体不是本接口可读的 JSON：嵌套不得超过 "
                            + ObjectMapperResolver.MAX_NESTING
                            + " 层 (the body is not JSON this API reads: nested at most "
                            + ObjectMapperResolver.MAX_NESTING + " levels deep)",
                    path(uri),
                    List.of());
        }
    }

    public static final class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {
        @Context
        private UriInfo uri;

        @Override
        public Response toResponse(WebApplicationException e) {
            Response original = e.getResponse();
            if (original.getEntity() instanceof Problems.Problem p) {
                return p.instance() != null
                        ? original
                        : Problems.response(
                                p.status(),
                                p.type().replace("urn:banli:problem:", ""),
                                p.detail(),
                                path(uri),
                                p.errors());
            }
            int status = original.getStatus();
            Response problem =
                    Problems.response(status, "http-" + status, detail(status, e.getMessage()), path(uri), List.of());
            Response.ResponseBuilder builder = Response.fromResponse(problem);
            original.getHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("Content-Type")) {
                    values.forEach(v -> builder.header(name, v));
                }
            });
            return builder.build();
        }

        /** Jersey's own messages ("HTTP 404 Not Found") say nothing the status does not: say what to do. */
        private static String detail(int status, String message) {
            return switch (status) {
                case 404 -> "没有这个地址，可用的接口见 /api/v1/openapi.json (no such endpoint; see /api/v1/openapi.json)";
                case 405 -> "该地址不支持这个 HTTP 方法 (this endpoint does not take that HTTP method)";
                case 406 -> "接口只提供 application/json (the API answers in application/json only)";
                case 415 -> "请求体应为 application/json (send the body as application/json)";
                case 503 -> "服务暂不可用，请稍后重试 (service unavailable; try again shortly)";
                default -> message;
            };
        }
    }

    public static final class UnexpectedMapper implements ExceptionMapper<Exception> {
        @Context
        private UriInfo uri;

        @Override
        public Response toResponse(Exception e) {
            LOG.error("Unexpected failure on {}", path(uri), e);
            return Problems.response(
                    500,
                    "internal",
                    "请求未能完成，详情已记入日志 (the request failed; details are in the server log)",
                    path(uri),
                    List.of());
        }
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : Problems.instance(uri.getPath());
    }
}
