package org.banli.rest.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.Locale;
import javax.ws.rs.core.Response;
import org.banli.api.RuleViolationException;
import org.banli.api.Text;

/** RFC 9457 problem details, the one shape of every error the API returns. */
public final class Problems {

    static final String PROBLEM_JSON = "application/problem+json";

    private static final String TYPE = "urn:banli:problem:";

    private Problems() {}

    /**
     * @param type     a URN naming the kind of problem
     * @param title    short summary of the status, in the reader's language
     * @param status   the HTTP status
     * @param detail   what exactly went wrong, and what to do
     * @param code     the code of the detail ({@link Text.Code}), none for a detail joined from its fields
     * @param instance the request path
     * @param errors   the fields at fault, for 400 and 422
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Problem(
            String type,
            String title,
            int status,
            String detail,
            String code,
            String instance,
            List<FieldError> errors) {}

    /** @param code the code of the message ({@link org.banli.api.Text.Code}), none for one in both languages */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(String field, String message, String code) {

        /** The text in the reader's language, with its code. */
        static FieldError of(String field, Text text, Locale reader) {
            return new FieldError(field, text.in(reader), text.code().name());
        }
    }

    /** The violations in the reader's language, each with its code. */
    static List<FieldError> fieldErrors(List<RuleViolationException.Violation> violations, Locale reader) {
        return violations.stream()
                .map(v -> FieldError.of(v.field(), v.text(), reader))
                .toList();
    }

    static Response response(
            int status, String kind, Text detail, Locale reader, String instance, List<FieldError> errors) {
        return response(problem(status, kind, detail, reader, instance, errors));
    }

    static Response response(Problem problem) {
        return Response.status(problem.status())
                .type(PROBLEM_JSON + ";charset=UTF-8")
                .entity(problem)
                .build();
    }

    /** A problem whose detail is a coded text, written in the reader's language with its code. */
    static Problem problem(
            int status, String kind, Text detail, Locale reader, String instance, List<FieldError> errors) {
        return new Problem(
                TYPE + kind,
                title(status, reader),
                status,
                detail.in(reader),
                detail.code().name(),
                instance,
                errors);
    }

    /** A problem whose detail is already in the reader's words, such as the joined messages of its fields. */
    static Problem problem(
            int status, String kind, String detail, Locale reader, String instance, List<FieldError> errors) {
        return new Problem(TYPE + kind, title(status, reader), status, detail, null, instance, errors);
    }

    /**
     * English for a reader whose first language in {@code Accept-Language} is English, Chinese for everyone
     * else: a missing or unreadable header, too.
     */
    static Locale reader(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.CHINESE;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            String first = ranges.isEmpty() ? "" : ranges.get(0).getRange();
            return first.equals("en") || first.startsWith("en-") ? Locale.ENGLISH : Locale.CHINESE;
        } catch (IllegalArgumentException e) {
            return Locale.CHINESE;
        }
    }

    /** The request path as clients wrote it, from Jersey's path below the servlet. */
    static String instance(String pathBelowApi) {
        return "/api/" + pathBelowApi;
    }

    /** The same problem as JSON bytes, for the servlet that answers before Jersey exists. */
    static byte[] json(Problem problem) {
        try {
            return ObjectMapperResolver.MAPPER.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem record always serializes", e);
        }
    }

    static String title(int status, Locale reader) {
        Text.Code title = switch (status) {
            case 400 -> Text.Code.HTTP_400;
            case 401 -> Text.Code.HTTP_401;
            case 403 -> Text.Code.HTTP_403;
            case 404 -> Text.Code.HTTP_404;
            case 405 -> Text.Code.HTTP_405;
            case 406 -> Text.Code.HTTP_406;
            case 409 -> Text.Code.HTTP_409;
            case 413 -> Text.Code.HTTP_413;
            case 415 -> Text.Code.HTTP_415;
            case 422 -> Text.Code.HTTP_422;
            case 428 -> Text.Code.HTTP_428;
            case 429 -> Text.Code.HTTP_429;
            case 503 -> Text.Code.HTTP_503;
            default -> status >= 500 ? Text.Code.HTTP_500 : Text.Code.HTTP_OTHER;
        };
        return Text.of(title).in(reader);
    }
}
