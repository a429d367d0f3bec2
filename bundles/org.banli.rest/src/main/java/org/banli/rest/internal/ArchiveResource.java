package org.banli.rest.internal;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.StreamingOutput;
import org.banli.api.archive.DataArchive;
import org.banli.api.archive.DataArchiveService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Backup and restore of all data as one archive (administrators), as banli:export and banli:import-data do,
 * and one item's file in the same format.
 */
@Component(service = ArchiveResource.class, property = ApiServlet.RESOURCE + "=true")
@Path(ArchiveResource.PATH)
public class ArchiveResource {

    static final String PATH = "v1/archive";
    static final String ZIP = "application/zip";

    private final DataArchiveService archives;

    @Activate
    public ArchiveResource(@Reference DataArchiveService archives) {
        this.archives = archives;
    }

    @GET
    @Summary(
            value = "导出全部数据为一个归档（zip，每表一个 JSON Lines 文件），运行中即可，仅管理员 (export all data as one"
                    + " archive; administrators)",
            media = ZIP)
    public Response export(@Context SecurityContext security) {
        DataArchiveService.Export export = archives.export(Authentication.actor(security));
        StreamingOutput body = export::writeTo;
        String name = "banli-archive-" + LocalDate.now(ZoneOffset.UTC) + ".zip";
        return Response.ok(body, ZIP)
                .header(HttpHeaders.CONTENT_DISPOSITION, ReportResource.contentDisposition(false, name, name))
                .build();
    }

    @GET
    @Path("items/{id}")
    @Summary(
            value = "导出一件建议提案的案卷（同一归档格式：该件及并入它的件、其全部办理记录，及所涉单位与人员，不含密码和联系方式），"
                    + "供移交上级或其他系统，政府办或管理员 (export one item's file in the same archive format, to hand it to"
                    + " another Banli or system; the office and administrators)",
            media = ZIP)
    public Response exportItem(@PathParam("id") long id, @Context SecurityContext security) {
        DataArchiveService.Export export = archives.exportItem(Authentication.actor(security), id);
        StreamingOutput body = export::writeTo;
        return Response.ok(body, ZIP)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ReportResource.contentDisposition(
                                false, "banli-item-" + id + ".zip", "案卷-" + export.item() + ".zip"))
                .build();
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Summary(
            value = "从归档恢复全部数据，仅限尚无数据的安装，仅管理员 (restore all data from an archive into an"
                    + " installation without data; administrators)",
            media = ZIP)
    public DataArchive restore(InputStream archive, @Context SecurityContext security) {
        return archives.restore(Authentication.actor(security), archive);
    }
}
