package org.banli.rest.internal;

import java.util.List;
import javax.ws.rs.WebApplicationException;

/** A query or path parameter that cannot be read: 400, naming the parameter. */
final class InvalidParameterException extends WebApplicationException {

    private static final long serialVersionUID = 1L;

    InvalidParameterException(String parameter, String message) {
        super(
                message,
                Problems.response(
                        400, "invalid-parameter", message, null, List.of(new Problems.FieldError(parameter, message))));
    }
}
