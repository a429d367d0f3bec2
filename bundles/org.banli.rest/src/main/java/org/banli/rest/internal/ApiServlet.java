package org.banli.rest.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import javax.servlet.Servlet;
import javax.servlet.ServletConfig;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.banli.api.Text;
import org.glassfish.jersey.servlet.ServletContainer;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.AnyService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one servlet behind {@code /api/*}. JAX-RS resources and providers are plain DS
 * services carrying {@value #RESOURCE} or {@value #EXTENSION}; whenever they come or go a
 * new Jersey container is built and swapped in whole, and the old one is destroyed once its
 * requests are done (reloading a live container under load answered 500s).
 */
@Component(
        service = Servlet.class,
        immediate = true,
        property = {
            HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/api/*",
            HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME + "=banli-api"
        },
        configurationPid = ApiServlet.PID)
@Designate(ocd = ApiServlet.Settings.class)
public class ApiServlet extends HttpServlet {

    static final String PID = "org.banli.rest";

    @ObjectClassDefinition(name = "Banli REST API", description = "接口 (the REST API)")
    public @interface Settings {
        @AttributeDefinition(
                description =
                        "请求体上限（KiB），超过者答复 413 (the largest request body in KiB; larger ones" + " are answered 413)")
        int maxRequestKilobytes() default 1024;

        @AttributeDefinition(description = "恢复数据时归档的上限（MiB） (the largest archive a restore over REST accepts, in MiB)")
        int maxArchiveMegabytes() default 4096;

        @AttributeDefinition(
                description = "导入建议提案时表格的上限（MiB） (the largest spreadsheet an import over REST accepts, in MiB)")
        int maxImportMegabytes() default 32;

        @AttributeDefinition(
                description = "本单位反向代理的地址，逗号分隔；只采信它们转发的 X-Forwarded-For、X-Forwarded-Proto (the addresses of"
                        + " the county's own reverse proxies, comma-separated; X-Forwarded-For and X-Forwarded-Proto"
                        + " are believed from them alone)")
        String[] trustedProxies() default {};
    }

    static final String RESOURCE = "osgi.jaxrs.resource";
    static final String EXTENSION = "osgi.jaxrs.extension";
    /** The request attribute (a Jersey request property) that carries the client's address. */
    static final String CLIENT_ADDRESS = "org.banli.rest.client-address";
    /** The request attribute that says whether the API serving it has every core resource (see {@link HealthResource}). */
    static final String COMPLETE = "org.banli.rest.complete";
    /** The resources that need the core: until the API serves all of them, it is not ready. */
    static final Set<Class<?>> CORE_RESOURCES = Set.of(
            ItemResource.class, UnitResource.class, UserResource.class, SessionResource.class, InboxResource.class);

    /** How much past its limit a refused body is still read (in limits), so that its sender reads the 413. */
    private static final long DRAINED_AT_MOST = 4;

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ApiServlet.class);

    private final transient List<Object> components = new CopyOnWriteArrayList<>();
    private final transient ExecutorService rebuilds = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "banli-rest-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private final transient AtomicBoolean rebuildPending = new AtomicBoolean();
    private transient volatile ServletConfig servletConfig;
    private final String version;

    /** Static and mandatory: without it no resource may be served at all. */
    @Reference
    private transient Authentication authentication;

    private transient volatile Generation current;

    private transient volatile long maxRequestBytes;
    private transient volatile long maxArchiveBytes;
    private transient volatile long maxImportBytes;
    private transient volatile Set<String> trustedProxies = Set.of();

    @Activate
    public ApiServlet(BundleContext context, Settings settings) {
        this.version = context.getBundle().getVersion().toString();
        modified(settings);
    }

    @Modified
    void modified(Settings settings) {
        maxRequestBytes = Math.max(1, settings.maxRequestKilobytes()) * 1024L;
        maxArchiveBytes = Math.max(1, settings.maxArchiveMegabytes()) * 1024L * 1024L;
        maxImportBytes = Math.max(1, settings.maxImportMegabytes()) * 1024L * 1024L;
        trustedProxies = Arrays.stream(settings.trustedProxies())
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip)
                .filter(address -> !address.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** A restore's archive and an import's spreadsheet are the bodies allowed past the usual limit. */
    private long bodyLimit(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod()) || request.getPathInfo() == null) {
            return maxRequestBytes;
        }
        String path = request.getPathInfo();
        if (path.equals("/" + ArchiveResource.PATH)) {
            return maxArchiveBytes;
        }
        return path.equals("/" + IntakeResource.PATH) || path.equals("/" + IntakeResource.PATH + "/preview")
                ? maxImportBytes
                : maxRequestBytes;
    }

    @Reference(
            service = AnyService.class,
            target = "(|(" + RESOURCE + "=true)(" + EXTENSION + "=true))",
            cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC)
    void bindComponent(Object component) {
        components.add(component);
        scheduleRebuild();
    }

    void unbindComponent(Object component) {
        components.remove(component);
        scheduleRebuild();
    }

    @Override
    public void init(ServletConfig config) throws ServletException {
        super.init(config);
        servletConfig = config;
        scheduleRebuild();
    }

    @Override
    protected void service(HttpServletRequest received, HttpServletResponse response)
            throws ServletException, IOException {
        HttpServletRequest request = ProxiedRequest.of(received, trustedProxies);
        // On every answer: nothing of an account's data kept in caches, no content sniffing, and no script
        // or framing in the HTML this API serves (reports, reply letters), which needs only its inline styles.
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(
                "Content-Security-Policy",
                "default-src 'none'; style-src 'unsafe-inline'; img-src data:;"
                        + " frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
        response.setHeader("Referrer-Policy", "no-referrer");
        long limit = bodyLimit(request);
        if (BoundedBody.declaredTooLarge(request, limit)) {
            // Refused before anything reads it; the connection is closed rather than the body drained.
            response.setHeader("Connection", "close");
            refuse(response, BoundedBody.tooLarge(request, limit));
            return;
        }
        Generation generation = acquire();
        if (generation == null) {
            response.setHeader("Retry-After", "1");
            refuse(
                    response,
                    Problems.problem(
                            503,
                            "unavailable",
                            Text.of(Text.Code.API_NOT_READY),
                            Problems.reader(request.getHeader("Accept-Language")),
                            request.getRequestURI(),
                            List.of()));
            return;
        }
        request.setAttribute(CLIENT_ADDRESS, request.getRemoteAddr());
        request.setAttribute(COMPLETE, generation.complete);
        BoundedBody body = new BoundedBody(request, limit);
        try {
            generation.container.service(body, response);
        } finally {
            generation.release();
        }
        body.drainIfRefused(DRAINED_AT_MOST * maxRequestBytes);
    }

    private static void refuse(HttpServletResponse response, Problems.Problem problem) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(Problems.PROBLEM_JSON + ";charset=UTF-8");
        response.getOutputStream().write(Problems.json(problem));
    }

    private Generation acquire() {
        while (true) {
            Generation generation = current;
            if (generation == null || generation.tryAcquire()) {
                return generation;
            }
        }
    }

    /** Changes arrive in bursts at start-up: coalesce them into one rebuild. */
    private void scheduleRebuild() {
        if (servletConfig != null && rebuildPending.compareAndSet(false, true)) {
            rebuilds.execute(this::rebuild);
        }
    }

    private void rebuild() {
        rebuildPending.set(false);
        ServletConfig config = servletConfig;
        if (config == null) {
            return;
        }
        long start = System.nanoTime();
        Thread thread = Thread.currentThread();
        ClassLoader previousLoader = thread.getContextClassLoader();
        thread.setContextClassLoader(ApiServlet.class.getClassLoader());
        try {
            List<Object> served = List.copyOf(components);
            ServletContainer container =
                    new ServletContainer(ApiApplication.configure(authentication, served, version));
            container.init(config);
            Generation old = current;
            current = new Generation(
                    container,
                    served.stream()
                            .map(Object::getClass)
                            .collect(Collectors.toSet())
                            .containsAll(CORE_RESOURCES));
            if (old != null) {
                old.retire();
            }
            LOG.info(
                    "REST API serves {} resources and providers (rebuilt in {} ms)",
                    components.size(),
                    (System.nanoTime() - start) / 1_000_000);
        } catch (ServletException | RuntimeException e) {
            LOG.error("Cannot build the REST API", e);
        } finally {
            thread.setContextClassLoader(previousLoader);
        }
    }

    @Override
    public void destroy() {
        servletConfig = null;
        Generation old = current;
        current = null;
        if (old != null) {
            old.retire();
        }
        super.destroy();
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        rebuilds.shutdownNow();
        rebuilds.awaitTermination(5, TimeUnit.SECONDS);
        destroy();
    }

    /** One Jersey container and the requests it is serving; destroyed after the last one leaves. */
    private static final class Generation {
        private final ServletContainer container;
        private final boolean complete;
        /** Requests in flight, plus one while this generation is current. */
        private int users = 1;

        Generation(ServletContainer container, boolean complete) {
            this.container = container;
            this.complete = complete;
        }

        synchronized boolean tryAcquire() {
            if (users == 0) {
                return false;
            }
            users++;
            return true;
        }

        synchronized void release() {
            if (--users == 0) {
                container.destroy();
            }
        }

        void retire() {
            release();
        }
    }
}
