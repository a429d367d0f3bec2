package org.banli.rest.internal;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.banli.api.item.HistoryAudit;
import org.banli.api.item.ItemService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The check of the sealed history, for administrators. */
@Component(service = AuditResource.class, property = ApiServlet.RESOURCE + "=true")
@Path("v1/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final ItemService items;

    @Activate
    public AuditResource(@Reference ItemService items) {
        this.items = items;
    }

    @GET
    @Path("history")
    @Summary("核验全部件的办理记录：每件被改动、删除或插入的第一条 (check every item's sealed history: the first break of each; administrators)")
    public HistoryAudit history(@Context SecurityContext security) {
        return items.auditHistory(Authentication.actor(security));
    }
}
