package org.banli.rest.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;

/**
 * A request that came through one of the county's own reverse proxies, seen as its client sent it: the
 * client's address from {@code X-Forwarded-For} (the nearest address that is not one of the proxies, which
 * is the one the outermost proxy saw) and HTTPS from {@code X-Forwarded-Proto}. So the login throttle counts
 * each person's address, not the proxy's, and cookies are marked secure. From anyone else these headers are
 * ignored: a client could write them.
 */
final class ProxiedRequest extends HttpServletRequestWrapper {

    /** An IPv4 or IPv6 address as proxies write it; anything else is not believed. */
    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final String client;
    private final boolean secure;

    private ProxiedRequest(HttpServletRequest request, String client, boolean secure) {
        super(request);
        this.client = client;
        this.secure = secure;
    }

    /** The request as its client sent it if it came from one of {@code trustedProxies}; else itself. */
    static HttpServletRequest of(HttpServletRequest request, Set<String> trustedProxies) {
        String remote = request.getRemoteAddr();
        if (!trustedProxies.contains(remote)) {
            return request;
        }
        List<String> hops = new ArrayList<>();
        for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.strip());
                }
            }
        }
        String client = remote;
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!ADDRESS.matcher(hop).matches()) {
                break; // what lies beyond a hop no proxy could have written is the client's own word
            }
            client = hop;
            if (!trustedProxies.contains(hop)) {
                break;
            }
        }
        return new ProxiedRequest(
                request,
                client,
                request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto")));
    }

    @Override
    public String getRemoteAddr() {
        return client;
    }

    @Override
    public String getRemoteHost() {
        return client;
    }

    @Override
    public boolean isSecure() {
        return secure;
    }
}
