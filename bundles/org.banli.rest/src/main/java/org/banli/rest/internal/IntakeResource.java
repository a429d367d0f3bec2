package org.banli.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.banli.api.intake.IntakeFile;
import org.banli.api.intake.IntakePreview;
import org.banli.api.intake.IntakeRow;
import org.banli.api.intake.IntakeService;
import org.banli.api.item.ItemKind;
import org.banli.api.item.ItemService;
import org.banli.rest.internal.dto.SimilarItemsDTO;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
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

    private final IntakeService intake;
    private final ItemService items;

    @Activate
    public IntakeResource(@Reference IntakeService intake, @Reference ItemService items) {
        this.intake = intake;
        this.items = items;
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
            List<RowSimilarityDTO> similar) {

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
                            .toList());
        }
    }

    @POST
    @Path("preview")
    @Summary(
            value = "试导入：读出表格（xlsx 或 csv，UTF-8 或 GB18030）每一行将成为什么及每一处问题（第几行、哪一列），不写入任何数据；"
                    + "name 为文件名，kind、year 为类型与年度，政府办 (a dry run of a spreadsheet import: what every row would become"
                    + " and every problem by row and column; writes nothing; the office)",
            returns = PreviewDTO.class,
            status = 200,
            media = SHEET)
    public PreviewDTO preview(
            @QueryParam("name") String name,
            @QueryParam("kind") String kind,
            @QueryParam("year") String year,
            InputStream sheet,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language,
            @Context SecurityContext security)
            throws IOException {
        return answer(intake::preview, name, kind, year, sheet, language, security);
    }

    @POST
    @Summary(
            value =
                    "导入：表格无任何问题时在一个事务中登记全部新行，否则一行也不登记并列出全部问题；此前已登记的行保持不变，重复导入不改变任何数据；"
                            + "参数同试导入，政府办 (import: registers every new row in one transaction when the sheet has no problem, none"
                            + " otherwise; rows registered before stay as they are, so importing again changes nothing; the office)",
            returns = PreviewDTO.class,
            status = 200,
            media = SHEET)
    public PreviewDTO confirm(
            @QueryParam("name") String name,
            @QueryParam("kind") String kind,
            @QueryParam("year") String year,
            InputStream sheet,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language,
            @Context SecurityContext security)
            throws IOException {
        return answer(intake::confirm, name, kind, year, sheet, language, security);
    }

    /** What the preview or the import says of the sheet, for its reader. */
    private PreviewDTO answer(
            Importing importing,
            String name,
            String kind,
            String year,
            InputStream sheet,
            String language,
            SecurityContext security)
            throws IOException {
        return PreviewDTO.of(
                importing.apply(Authentication.actor(security), file(name, sheet), kind(kind), year(year)),
                Problems.reader(language));
    }

    /** {@link IntakeService#preview} or {@link IntakeService#confirm}. */
    @FunctionalInterface
    private interface Importing {
        IntakePreview apply(org.banli.api.Actor actor, IntakeFile file, ItemKind kind, int year);
    }

    /** The sheet as sent; whether its name and kind are given is the service's to say, after who may import. */
    private static IntakeFile file(String name, InputStream sheet) throws IOException {
        return new IntakeFile(name == null ? null : name.strip(), sheet.readAllBytes());
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
