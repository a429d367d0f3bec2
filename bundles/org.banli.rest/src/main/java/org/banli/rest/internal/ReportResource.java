package org.banli.rest.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.StreamingOutput;
import javax.ws.rs.core.UriInfo;
import org.banli.api.Text;
import org.banli.api.item.ItemKind;
import org.banli.api.report.ReportFormat;
import org.banli.api.report.ReportInfo;
import org.banli.api.report.ReportModel;
import org.banli.api.report.ReportParameters;
import org.banli.api.report.ReportService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reports in whichever formats are installed right now, streamed as they render. */
@Component(service = ReportResource.class, property = ApiServlet.RESOURCE + "=true")
@Path("v1/reports")
public class ReportResource {

    private static final Logger LOG = LoggerFactory.getLogger(ReportResource.class);

    private final ReportService reports;

    @Activate
    public ReportResource(@Reference ReportService reports) {
        this.reports = reports;
    }

    /** The formats installed now, as the list of reports shows them. */
    public record FormatInfo(String id, String mediaType, String fileExtension) {}

    public record Catalogue(List<ReportInfo> reports, List<FormatInfo> formats) {}

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Summary("可生成的报表和已安装的格式 (the reports and the formats installed now)")
    public Catalogue catalogue() {
        return new Catalogue(
                reports.reports(),
                reports.formats().stream()
                        .map(reports::format)
                        .flatMap(java.util.Optional::stream)
                        .map(f -> new FormatInfo(f.id(), f.mediaType(), f.fileExtension()))
                        .toList());
    }

    @GET
    @Path("{report}")
    @Summary(
            "生成报表并下载，inline=true 时在浏览器中打开 (render a report in an installed format to download, or with inline=true to open"
                    + " in the browser; an unknown format is 406 with the installed ones)")
    public Response render(
            @PathParam("report") String report,
            @QueryParam("format") String formatName,
            @QueryParam("year") String year,
            @QueryParam("kind") String kind,
            @QueryParam("unit") String unit,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("item") String item,
            @QueryParam("inline") String inline,
            @Context SecurityContext security,
            @Context UriInfo uri) {
        ReportParameters parameters = new ReportParameters(
                Resources.intParam("year", year),
                Resources.enumParam("kind", kind, ItemKind.class),
                blankToNull(unit),
                Resources.dateParam("from", from),
                Resources.dateParam("to", to),
                item == null || item.isBlank() ? null : (long) Resources.intParam("item", item, 0));
        ReportFormat format =
                reports.format(formatName == null ? "" : formatName.strip()).orElse(null);
        if (format == null) {
            throw Refusal.formatNotInstalled(
                    Text.of(Text.Code.FORMAT_NOT_INSTALLED, "format", formatName, "installed", reports.formats()));
        }
        // Building the model checks access and parameters before the first byte goes out.
        ReportModel model = reports.build(Authentication.actor(security), report, parameters);
        StreamingOutput body = out -> {
            try {
                format.render(model, out);
            } catch (RuntimeException e) {
                LOG.warn("Report {} as {} broke off while streaming: {}", report, format.id(), e.toString());
                throw e;
            }
        };
        String fileName = model.title() + "." + format.fileExtension();
        return Response.ok(body, format.mediaType())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        contentDisposition(
                                Boolean.TRUE.equals(Resources.booleanParam("inline", inline)),
                                report + (parameters.year() == null ? "" : "-" + parameters.year()) + "."
                                        + format.fileExtension(),
                                fileName))
                .build();
    }

    /**
     * RFC 6266: to open in the browser or to save, with an ASCII name for old clients and the Chinese one in
     * RFC 5987 encoding.
     */
    static String contentDisposition(boolean inline, String asciiName, String name) {
        ByteArrayOutputStream encoded = new ByteArrayOutputStream();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.write(c);
            } else {
                encoded.writeBytes(String.format("%%%02X", c).getBytes(StandardCharsets.US_ASCII));
            }
        }
        return (inline ? "inline" : "attachment") + "; filename=\"" + asciiName.replaceAll("[^A-Za-z0-9._-]", "_")
                + "\"; filename*=UTF-8''" + encoded.toString(StandardCharsets.US_ASCII);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
