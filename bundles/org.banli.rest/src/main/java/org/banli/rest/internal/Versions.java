package org.banli.rest.internal;

import java.io.IOException;
import java.util.List;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.HttpHeaders;
import org.banli.rest.internal.dto.ItemDTO;

/**
 * Optimistic concurrency over HTTP: every item answer carries its version as an ETag, and every
 * step names the version it was based on in {@code If-Match} (428 without it; {@code *} to apply it
 * to whatever version is current). A stale version is refused with 409 and changes nothing.
 */
final class Versions {

    static final String REQUIRED = "步骤须在 If-Match 头中注明所依据的件版本（件的 ETag，如 If-Match: \"3\"；"
            + "确需不论版本时写 If-Match: *）(a step must name the item version it is based on in If-Match: the item's ETag,"
            + " or * for whatever version is current)";

    private Versions() {}

    /** The version a step was based on, from If-Match; {@code null} for {@code *}. */
    static Long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new VersionRequiredException();
        }
        String tag = ifMatch.strip();
        if (tag.equals("*")) {
            return null;
        }
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        try {
            return Long.parseLong(tag.replace("\"", ""));
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(
                    HttpHeaders.IF_MATCH,
                    "If-Match 应为件的版本号，如 \"3\"，收到 " + ifMatch + " (If-Match must be an item version such as \"3\")");
        }
    }

    /** 428: a step that does not say which version it was based on could overwrite a change it never saw. */
    static final class VersionRequiredException extends WebApplicationException {

        private static final long serialVersionUID = 1L;

        VersionRequiredException() {
            super(
                    REQUIRED,
                    Problems.response(
                            428,
                            "version-required",
                            REQUIRED,
                            null,
                            List.of(new Problems.FieldError(HttpHeaders.IF_MATCH, REQUIRED))));
        }
    }

    /** Adds the ETag of every item answer. */
    static final class ItemETag implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
            if (response.getEntity() instanceof ItemDTO item) {
                response.getHeaders().putSingle(HttpHeaders.ETAG, new EntityTag(Long.toString(item.version())));
            }
        }
    }
}
