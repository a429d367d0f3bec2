package org.banli.rest.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import javax.ws.rs.core.Response;

/** RFC 9457 problem details, the one shape of every error the API returns. */
public final class Problems {

    static final String PROBLEM_JSON = "application/problem+json";

    private Problems() {}

    /**
     * @param type     a URN naming the kind of problem
     * @param title    short summary of the status, Chinese then English
     * @param status   the HTTP status
     * @param detail   what exactly went wrong, and what to do
     * @param code     the code of a detail written in the reader's language ({@link org.banli.api.Text.Code}),
     *                 none for one written in Chinese, then English
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

    public record FieldError(String field, String message) {}

    static Response response(int status, String kind, String detail, String instance, List<FieldError> errors) {
        return response(problem(status, kind, detail, null, instance, errors));
    }

    static Response response(Problem problem) {
        return Response.status(problem.status())
                .type(PROBLEM_JSON + ";charset=UTF-8")
                .entity(problem)
                .build();
    }

    static Problem problem(int status, String kind, String detail, String instance, List<FieldError> errors) {
        return problem(status, kind, detail, null, instance, errors);
    }

    static Problem problem(
            int status, String kind, String detail, String code, String instance, List<FieldError> errors) {
        return new Problem("urn:banli:problem:" + kind, title(status), status, detail, code, instance, errors);
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

    static String title(int status) {
        return switch (status) {
            case 400 -> "请求有误 (bad request)";
            case 401 -> "需要登录 (authentication required)";
            case 403 -> "无权操作 (forbidden)";
            case 404 -> "未找到 (not found)";
            case 405 -> "不支持该方法 (method not allowed)";
            case 406 -> "不支持请求的格式 (not acceptable)";
            case 409 -> "与当前状态冲突 (conflict)";
            case 413 -> "请求体过大 (request too large)";
            case 415 -> "不支持的内容类型 (unsupported media type)";
            case 422 -> "数据不符合规则 (a value breaks a rule)";
            case 428 -> "须注明所依据的版本 (precondition required)";
            case 429 -> "请求过于频繁 (too many requests)";
            case 503 -> "服务暂不可用 (service unavailable)";
            default -> status >= 500 ? "服务器内部错误 (internal error)" : "请求失败 (request failed)";
        };
    }
}
