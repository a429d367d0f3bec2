package org.banli.rest.internal;

import java.io.IOException;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.HttpHeaders;
import org.banli.api.Text;
import org.banli.rest.internal.dto.ItemDTO;

/**
 * Optimistic concurrency over HTTP: every item answer carries its version as an ETag, and every
 * step names the version it was based on in {@code If-Match} (428 without it; {@code *} to apply it
 * to whatever version is current). A stale version is refused with 409 and changes nothing.
 */
final class Versions {

    private Versions() {}

    /** The version a step was based on, from If-Match; {@code null} for {@code *}. */
    static Long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw Refusal.versionRequired();
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
            throw Refusal.invalidParameter(
                    HttpHeaders.IF_MATCH, Text.of(Text.Code.IF_MATCH_MALFORMED, "value", ifMatch));
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
