package org.banli.rest.internal;

import java.io.IOException;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.HttpHeaders;

import org.banli.rest.internal.dto.ItemDTO;

/**
 * Optimistic concurrency over HTTP: every item answer carries its version as an ETag, and a
 * step may name the version it was based on in {@code If-Match}. A stale version is refused
 * with 409 and changes nothing.
 */
final class Versions {

    private Versions() {
    }

    /** The version a step was based on, from If-Match; {@code null} when the client does not say. */
    static Long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        try {
            return Long.parseLong(tag.replace("\"", ""));
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(HttpHeaders.IF_MATCH, "If-Match 应为件的版本号，如 \"3\"，收到 " + ifMatch
                    + " (If-Match must be an item version such as \"3\")");
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
