package org.banli.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.StreamingOutput;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.Providers;
import org.banli.api.Actor;
import org.banli.api.BanliException;
import org.banli.api.RuleViolationException;
import org.banli.api.Text;
import org.banli.api.intake.IntakeFile;
import org.banli.api.intake.IntakePreview;
import org.banli.api.intake.IntakeProgress;
import org.banli.api.intake.IntakeRow;
import org.banli.api.intake.IntakeService;
import org.banli.api.item.ItemKind;
import org.banli.api.item.ItemService;
import org.banli.rest.internal.dto.SimilarItemsDTO;
import org.glassfish.jersey.media.multipart.ContentDisposition;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;
import org.glassfish.jersey.media.multipart.FormDataMultiPart;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The year's batch from a spreadsheet, sent as the request's body (what {@code fetch} and
 * {@code curl --data-binary} send): first {@code /imports/preview}, which writes nothing, then
 * {@code /imports}, which registers it all or refuses it all.
 */
@Component(service = IntakeResource.class, property = ApiServlet.RESOURCE + "=true")
@Path(IntakeResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
public class IntakeResource {

    static final String PATH = "v1/imports";
    static final String SHEET = "application/octet-stream";

    private static final Annotation[] NO_ANNOTATIONS = {};

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A streamed preview's media type: one JSON value per line. */
    static final String NDJSON = "application/x-ndjson";

    private static final MediaType NDJSON_TYPE = MediaType.valueOf(NDJSON);

    /** How long a streamed preview waits between looks at its reports. */
    private static final long POLL_MILLIS = 50;

    /** The streamed previews' threads: two at once, more wait their turn. */
    private final ExecutorService previews = Executors.newFixedThreadPool(2, r -> {
        Thread thread = new Thread(r, "banli-import-preview");
        thread.setDaemon(true);
        return thread;
    });

    private final IntakeService intake;
    private final ItemService items;

    @Activate
    public IntakeResource(@Reference IntakeService intake, @Reference ItemService items) {
        this.intake = intake;
        this.items = items;
    }

    @Deactivate
    void stop() {
        previews.shutdownNow();
    }

    /**
     * What a row to be registered is like.
     *
     * @param registered    registered items like it
     * @param duplicateRows other rows of the sheet that are likely its duplicates, by row number
     */
    public record RowSimilarityDTO(int row, SimilarItemsDTO registered, List<Integer> duplicateRows) {}

    /** A problem as its reader reads it. */
    public record ProblemDTO(int row, String column, String message) {}

    /** What importing does, or did, with every row; the counts for the office's confirmation. */
    public record PreviewDTO(
            ItemKind kind,
            int year,
            boolean confirmed,
            long newRows,
            long alreadyRegistered,
            List<IntakeRow> rows,
            List<ProblemDTO> problems,
            List<RowSimilarityDTO> similar,
            List<String> newSubmitters,
            List<AccountDTO> accounts) {

        static PreviewDTO of(IntakePreview preview, Locale reader) {
            return new PreviewDTO(
                    preview.kind(),
                    preview.year(),
                    preview.confirmed(),
                    preview.newRows(),
                    preview.alreadyRegistered(),
                    preview.rows(),
                    preview.problems().stream()
                            .map(p -> new ProblemDTO(
                                    p.row(), p.column(), p.message().in(reader)))
                            .toList(),
                    preview.similar().stream()
                            .map(s -> new RowSimilarityDTO(
                                    s.row(), SimilarItemsDTO.of(s.registered()), s.duplicateRows()))
                            .toList(),
                    preview.newSubmitters(),
                    preview.accounts().stream()
                            .map(a -> new AccountDTO(
                                    a.user().displayName(), a.user().username(), a.temporaryPassword()))
                            .toList());
        }
    }

    /** An account the import made for a submitter, with its temporary password: shown this once. */
    public record AccountDTO(String displayName, String username, String temporaryPassword) {}

    @POST
    @Path("preview")
    @Summary(
            value =
                    "试导入：读出表格（xlsx 或 csv，UTF-8 或 GB18030）每一行将成为什么及每一处问题（第几行、哪一列），不写入任何数据；"
                            + "name 为文件名，kind、year 为类型与年度，createSubmitters=true 为尚无账号的领衔代表、委员建立账号；Accept: application/x-ndjson 时逐行返回进度，最后一行为结果；也可用表单上传（multipart/form-data，文件字段名 file），政府办 (a dry run of a spreadsheet import: what every row would become"
                            + " and every problem by row and column; writes nothing; also as a form upload, the file in a part named file; with Accept: application/x-ndjson, a line of progress every hundred rows and the preview last; the office)",
            returns = PreviewDTO.class,
            status = 200,
            media = SHEET,
            formUpload = true)
    @Produces({MediaType.APPLICATION_JSON, NDJSON})
    public Response preview(
            @QueryParam("name") String name,
            @QueryParam("kind") String kind,
            @QueryParam("year") String year,
            @QueryParam("createSubmitters") String createSubmitters,
            InputStream body,
            @Context HttpHeaders headers,
            @Context Providers providers,
            @Context SecurityContext security)
            throws IOException {
        Actor actor = Authentication.actor(security);
        Locale reader = ProblemMappers.reader(headers);
        Sheet sheet = sheet(new Upload(name, kind, year, createSubmitters), body, headers, providers);
        // Only when asked by name: a client that accepts anything gets the one JSON answer.
        if (headers.getAcceptableMediaTypes().stream()
                .noneMatch(type -> type.getType().equalsIgnoreCase(NDJSON_TYPE.getType())
                        && type.getSubtype().equalsIgnoreCase(NDJSON_TYPE.getSubtype()))) {
            return Response.ok(PreviewDTO.of(sheet.previewed(intake, actor, IntakeProgress.NONE), reader))
                    .build();
        }
        return streamed(actor, sheet, reader, providers);
    }

    @GET
    @Path("template")
    @Summary(
            value = "导入模板：带全部列名的空白 xlsx 表格（kind 为 SUGGESTION 或 PROPOSAL，列名随之为领衔代表或第一提案人等），"
                    + "第二页为填表说明 (the template: an empty xlsx sheet with every column's header as the kind names it, and"
                    + " notes on a second sheet)",
            media = XLSX)
    @Produces({XLSX, MediaType.APPLICATION_JSON})
    public Response template(@QueryParam("kind") String kind) {
        IntakeFile template =
                intake.template(Resources.enumParam("kind", kind == null ? "SUGGESTION" : kind, ItemKind.class));
        return Response.ok(template.content(), XLSX)
                .header(
                        "Content-Disposition",
                        ReportResource.contentDisposition(false, "banli-import-template.xlsx", template.name()))
                .build();
    }

    /** How far a streamed preview has come: one line of its answer. */
    public record ProgressDTO(IntakeProgress.Stage stage, int done, int total) {}

    /**
     * A preview streamed as lines of JSON, each a {@link ProgressDTO} and the last {@code {"preview": …}}, or
     * {@code {"problem": …}} if it failed once streaming. The preview runs on this resource's threads; the request
     * waits for its first report, so that a refusal before it (who may import, an unreadable file) answers with
     * its own status.
     */
    private Response streamed(Actor actor, Sheet sheet, Locale reader, Providers providers) {
        BlockingQueue<ProgressDTO> reports = new LinkedBlockingQueue<>();
        CompletableFuture<IntakePreview> done = CompletableFuture.supplyAsync(
                () -> sheet.previewed(
                        intake, actor, (stage, count, total) -> reports.add(new ProgressDTO(stage, count, total))),
                previews);
        ProgressDTO first = null;
        try {
            while (first == null && !done.isDone()) {
                first = reports.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            done.cancel(true);
            throw new javax.ws.rs.ServiceUnavailableException();
        }
        if (first == null) {
            return Response.ok(PreviewDTO.of(result(done), reader)).build();
        }
        ProgressDTO firstReport = first;
        StreamingOutput lines = out -> {
            line(out, firstReport);
            try {
                while (!done.isDone() || !reports.isEmpty()) {
                    ProgressDTO report = reports.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                    if (report != null) {
                        line(out, report);
                    }
                }
                line(out, Map.of("preview", PreviewDTO.of(result(done), reader)));
            } catch (BanliException e) {
                line(
                        out,
                        Map.of(
                                "problem",
                                providers
                                        .getExceptionMapper(BanliException.class)
                                        .toResponse(e)
                                        .getEntity()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                done.cancel(true);
            }
        };
        return Response.ok(lines, NDJSON_TYPE).build();
    }

    private static void line(OutputStream out, Object value) throws IOException {
        out.write(ObjectMapperResolver.MAPPER.writeValueAsBytes(value));
        out.write('\n');
        out.flush();
    }

    /** The preview's result, or its refusal as thrown. */
    private static IntakePreview result(CompletableFuture<IntakePreview> done) {
        try {
            return done.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException refusal) {
                throw refusal;
            }
            throw e;
        }
    }

    @POST
    @Summary(
            value =
                    "导入：表格无任何问题时在一个事务中登记全部新行，否则一行也不登记并列出全部问题；此前已登记的行保持不变，重复导入不改变任何数据；"
                            + "参数同试导入，政府办 (import: registers every new row in one transaction when the sheet has no problem, none"
                            + " otherwise; rows registered before stay as they are, so importing again changes nothing; the office)",
            returns = PreviewDTO.class,
            status = 200,
            media = SHEET,
            formUpload = true)
    public PreviewDTO confirm(
            @QueryParam("name") String name,
            @QueryParam("kind") String kind,
            @QueryParam("year") String year,
            @QueryParam("createSubmitters") String createSubmitters,
            InputStream body,
            @Context HttpHeaders headers,
            @Context Providers providers,
            @Context SecurityContext security)
            throws IOException {
        Sheet sheet = sheet(new Upload(name, kind, year, createSubmitters), body, headers, providers);
        return PreviewDTO.of(
                intake.confirm(
                        Authentication.actor(security),
                        sheet.file(),
                        sheet.kind(),
                        sheet.year(),
                        sheet.createSubmitters()),
                ProblemMappers.reader(headers));
    }

    /** The sheet as sent and what to do with it. */
    private record Sheet(IntakeFile file, ItemKind kind, int year, boolean createSubmitters) {

        IntakePreview previewed(IntakeService intake, Actor actor, IntakeProgress progress) {
            return intake.preview(actor, file, kind, year, createSubmitters, progress);
        }
    }

    /** What the query says of the sheet: its file name, kind and year; a form's fields may say it instead. */
    private record Upload(String name, String kind, String year, String createSubmitters) {

        Upload orFrom(FormDataMultiPart form, FormDataBodyPart file) {
            return new Upload(
                    name != null ? name : fileName(file.getContentDisposition()),
                    kind != null ? kind : field(form, "kind"),
                    year != null ? year : field(form, "year"),
                    createSubmitters != null ? createSubmitters : field(form, "createSubmitters"));
        }

        private static String field(FormDataMultiPart form, String name) {
            FormDataBodyPart part = form.getField(name);
            return part == null ? null : part.getValue();
        }
    }

    /** The sheet in the body, as it is or as a form's file, with the kind and year the query or the form gives. */
    private Sheet sheet(Upload upload, InputStream body, HttpHeaders headers, Providers providers) throws IOException {
        MediaType type = headers.getMediaType();
        IntakeFile file;
        Upload given = upload;
        if (type != null && type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)) {
            FormDataMultiPart form = form(providers, body, type, headers);
            FormDataBodyPart part = form.getField("file");
            if (part == null) {
                throw RuleViolationException.of("file", Text.of(Text.Code.INTAKE_NO_FILE_PART));
            }
            given = upload.orFrom(form, part);
            file = file(given.name(), part.getValueAs(InputStream.class));
        } else {
            file = file(upload.name(), body);
        }
        return new Sheet(
                file,
                kind(given.kind()),
                year(given.year()),
                Boolean.TRUE.equals(Resources.booleanParam("createSubmitters", given.createSubmitters())));
    }

    /** A form upload (a browser's or {@code curl -F file=@sheet.xlsx}), read by Jersey's multipart reader. */
    private static FormDataMultiPart form(Providers providers, InputStream body, MediaType type, HttpHeaders headers) {
        MessageBodyReader<FormDataMultiPart> reader =
                providers.getMessageBodyReader(FormDataMultiPart.class, FormDataMultiPart.class, NO_ANNOTATIONS, type);
        try {
            return reader.readFrom(
                    FormDataMultiPart.class,
                    FormDataMultiPart.class,
                    NO_ANNOTATIONS,
                    type,
                    headers.getRequestHeaders(),
                    body);
        } catch (IOException | RuntimeException e) {
            BoundedBody.refuseIfTooLarge(e);
            throw RuleViolationException.of(
                    "file", Text.of(Text.Code.INTAKE_BAD_FORM, "reason", String.valueOf(e.getMessage())));
        }
    }

    /**
     * The file's name as the form gives it: RFC 5987's {@code filename*} when present, else {@code filename}, whose
     * UTF-8 bytes (what browsers send for 2026年建议.xlsx) were read as ISO-8859-1.
     */
    static String fileName(ContentDisposition disposition) {
        if (disposition == null) {
            return null;
        }
        String extended = disposition.getParameters().get("filename*");
        if (extended != null && extended.toUpperCase(java.util.Locale.ROOT).startsWith("UTF-8''")) {
            return java.net.URLDecoder.decode(
                    extended.substring("UTF-8''".length()).replace("+", "%2B"), StandardCharsets.UTF_8);
        }
        String plain = disposition.getFileName();
        if (plain == null) {
            return null;
        }
        byte[] bytes = plain.getBytes(StandardCharsets.ISO_8859_1);
        String utf8 = new String(bytes, StandardCharsets.UTF_8);
        // Only if every character was one byte and the bytes are UTF-8: a name already decoded stays as it is.
        return plain.chars().allMatch(c -> c < 256) && !utf8.contains("\uFFFD") ? utf8 : plain;
    }

    /** The sheet as sent; whether its name and kind are given is the service's to say, after who may import. */
    private static IntakeFile file(String name, InputStream sheet) throws IOException {
        try {
            return new IntakeFile(name == null ? null : name.strip(), sheet.readAllBytes());
        } catch (IOException | RuntimeException e) {
            BoundedBody.refuseIfTooLarge(e);
            throw e;
        }
    }

    private static ItemKind kind(String kind) {
        return Resources.enumParam("kind", kind, ItemKind.class);
    }

    private int year(String year) {
        Integer parsed = Resources.intParam("year", year);
        return parsed != null
                ? parsed
                : Year.now(ZoneId.of(items.countyRules().timeZone())).getValue();
    }
}
