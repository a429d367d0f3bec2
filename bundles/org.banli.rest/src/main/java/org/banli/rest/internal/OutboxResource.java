package org.banli.rest.internal;

import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.banli.api.notify.Message;
import org.banli.api.notify.NotificationService;
import org.banli.rest.internal.dto.PageDTO;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The outbox for administrators: what waits, what went, what failed. */
@Component(service = OutboxResource.class, property = ApiServlet.RESOURCE + "=true")
@Path("v1/outbox")
@Produces(MediaType.APPLICATION_JSON)
public class OutboxResource {

    private final NotificationService notifications;

    @Activate
    public OutboxResource(@Reference NotificationService notifications) {
        this.notifications = notifications;
    }

    @GET
    @Summary("各渠道消息数，按状态 (messages per channel and status; administrators)")
    public Map<String, Map<Message.Status, Long>> status(@Context SecurityContext security) {
        return notifications.outbox(Authentication.actor(security));
    }

    @GET
    @Path("failed")
    @Summary("发送失败的消息 (messages given up on; administrators)")
    public PageDTO<Message> failed(
            @QueryParam("page") String page, @QueryParam("size") String size, @Context SecurityContext security) {
        return PageDTO.of(
                notifications.failed(
                        Authentication.actor(security),
                        Resources.intParam("page", page, 0),
                        Resources.intParam("size", size, 20)),
                message -> message);
    }

    @POST
    @Path("{id}/resend")
    @Summary("重新发送失败的消息 (queue a failed message again; administrators)")
    public Message resend(@PathParam("id") long id, @Context SecurityContext security) {
        return notifications.resend(Authentication.actor(security), id);
    }
}
