package org.banli.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the web desk's files from this bundle's {@code desk/} folder at {@code /}. Every
 * answer forbids scripts, styles and connections from anywhere but Banli itself (county
 * networks are often closed, and an injected script must have nowhere to load from or send
 * to), framing, and content-type guessing.
 */
@Component(
        service = Servlet.class,
        property = {
            HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/",
            HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME + "=banli-desk"
        })
public class DeskServlet extends HttpServlet {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'self'";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(DeskServlet.class);
    /** The desk's folders and files, one path segment each; checked segment by segment (a repeated group recursed). */
    private static final Pattern FOLDER = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    private static final Pattern FILE = Pattern.compile("[a-z0-9][a-z0-9_.-]*\\.[a-z]+");
    /** Deeper than any file of the desk. */
    private static final int MAX_SEGMENTS = 8;

    private static final Map<String, String> TYPES = Map.of(
            "html",
            "text/html;charset=UTF-8",
            "js",
            "text/javascript;charset=UTF-8",
            "css",
            "text/css;charset=UTF-8",
            "svg",
            "image/svg+xml",
            "png",
            "image/png",
            "ico",
            "image/x-icon",
            "json",
            "application/json;charset=UTF-8");

    private final transient Function<String, URL> files;
    /** Changes with every build of the bundle, so browsers revalidate after an upgrade. */
    private final String version;

    @Activate
    public DeskServlet(BundleContext context) {
        this(
                context.getBundle()::getEntry,
                context.getBundle().getVersion() + "-" + context.getBundle().getLastModified());
    }

    DeskServlet(Function<String, URL> files, String version) {
        this.files = files;
        this.version = version;
    }

    /** The file under {@code desk/} that a request path names, or empty for anything else. */
    static Optional<String> file(String path) {
        String wanted =
                path == null || path.isEmpty() ? "/index.html" : path.endsWith("/") ? path + "index.html" : path;
        if (wanted.contains("..") || !wanted.startsWith("/") || !TYPES.containsKey(extension(wanted))) {
            return Optional.empty();
        }
        String[] segments = wanted.substring(1).split("/", MAX_SEGMENTS + 1);
        if (segments.length > MAX_SEGMENTS
                || !FILE.matcher(segments[segments.length - 1]).matches()) {
            return Optional.empty();
        }
        for (int i = 0; i < segments.length - 1; i++) {
            if (!FOLDER.matcher(segments[i]).matches()) {
                return Optional.empty();
            }
        }
        return Optional.of("desk" + wanted);
    }

    private static String extension(String path) {
        return path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        Optional<URL> file = file(path).map(files);
        if (file.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType(TYPES.get("html"));
            response.getWriter()
                    .write("<!doctype html><meta charset=utf-8><title>未找到</title>"
                            + "<p>未找到该页面 (page not found)。<a href=\"/\">返回办理平台 (back to the desk)</a></p>");
            return;
        }
        String etag = "\"" + version + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "no-cache");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(TYPES.get(extension(file.get().getPath())));
        try (InputStream in = file.get().openStream();
                OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            LOG.debug("Sending {} ended early: {}", path, e.getMessage());
        }
    }
}
