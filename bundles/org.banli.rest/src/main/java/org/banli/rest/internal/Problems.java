package org.banli.rest.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonInclude;

/** RFC 9457 problem details, the one shape of every error the API returns. */
public final class Problems {

    static final String PROBLEM_JSON = "application/problem+json";

    private Problems() {
    }

    /**
     * @param type     a URN naming the kind of problem
     * @param title    short summary, Chinese then English
     * @param status   the HTTP status
     * @param detail   what exactly went wrong
     * @param instance the request path
     * @param errors   the fields at fault, for 400 and 422
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
    }

    public record FieldError(String field, String message) {
    }

    static Response response(int status, String kind, String title, String detail, String instance,
            List<FieldError> errors) {
        Problem problem = new Problem("urn:banli:problem:" + kind, title, status, detail, instance, errors);
        return Response.status(status).type(PROBLEM_JSON + ";charset=UTF-8").entity(problem).build();
    }

    static byte[] unavailableJson() {
        return ("{\"type\":\"urn:banli:problem:unavailable\",\"title\":\"服务正在启动 (starting up)\",\"status\":503}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
