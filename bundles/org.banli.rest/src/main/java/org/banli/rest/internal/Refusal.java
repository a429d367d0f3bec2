package org.banli.rest.internal;

import java.util.List;
import java.util.Locale;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.HttpHeaders;
import org.banli.api.Text;

/**
 * A request the REST layer itself refuses before any service sees it (a parameter, a header, a format), with a
 * coded text that {@link ProblemMappers.WebApplicationMapper} writes in the reader's language.
 */
final class Refusal extends WebApplicationException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String kind;
    private final String field;
    private final transient Text text;

    private Refusal(int status, String kind, String field, Text text) {
        super(text.bilingual(), status);
        this.status = status;
        this.kind = kind;
        this.field = field;
        this.text = text;
    }

    /** 400: a query parameter, header or body that is not what the operation takes. */
    static Refusal invalidParameter(String parameter, Text text) {
        return new Refusal(400, "invalid-parameter", parameter, text);
    }

    /** 428: a step that does not say which version it was based on could overwrite a change it never saw. */
    static Refusal versionRequired() {
        return new Refusal(428, "version-required", HttpHeaders.IF_MATCH, Text.of(Text.Code.VERSION_REQUIRED));
    }

    /** 406: a report in a format that is not installed. */
    static Refusal formatNotInstalled(Text text) {
        return new Refusal(406, "format-not-installed", "format", text);
    }

    /** 413: a body larger than the API takes, found while it was read. */
    static Refusal tooLarge(long limit) {
        return new Refusal(413, "too-large", null, BoundedBody.detail(limit));
    }

    Problems.Problem problem(HttpHeaders headers, String instance) {
        Locale reader = ProblemMappers.reader(headers);
        return Problems.problem(
                status,
                kind,
                text,
                reader,
                instance,
                field == null ? List.of() : List.of(Problems.FieldError.of(field, text, reader)));
    }
}
