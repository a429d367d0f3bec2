package org.banli.rest.internal;

import java.util.Map;
import java.util.Set;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
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

/** The signed-in user's inbox. */
@Component(service = InboxResource.class, property = ApiServlet.RESOURCE + "=true")
@Path("v1/inbox")
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {

    private final NotificationService notifications;

    @Activate
    public InboxResource(@Reference NotificationService notifications) {
        this.notifications = notifications;
    }

    @GET
    @Summary("我的消息，新的在前 (my inbox, newest first)")
    public PageDTO<Message> inbox(
            @QueryParam("page") String page, @QueryParam("size") String size, @Context SecurityContext security) {
        return PageDTO.of(
                notifications.inbox(
                        Authentication.actor(security),
                        Resources.intParam("page", page, 0),
                        Resources.intParam("size", size, 20)),
                message -> message);
    }

    @GET
    @Path("unread")
    @Summary("未读消息数 (number of unread messages)")
    public Map<String, Long> unread(@Context SecurityContext security) {
        return Map.of("count", notifications.unread(Authentication.actor(security)));
    }

    /** @param channels the channels chosen besides the inbox, which is always on */
    public record Channels(Set<String> channels) {}

    @GET
    @Path("channels")
    @Summary("我选择的消息渠道（站内消息始终开启） (my channels besides the inbox, which is always on)")
    public Channels channels(@Context SecurityContext security) {
        return new Channels(notifications.channels(Authentication.actor(security)));
    }

    @PUT
    @Path("channels")
    @Consumes(MediaType.APPLICATION_JSON)
    @Summary("选择消息渠道，须为已安装的渠道 (choose my channels among those installed)")
    public Channels chooseChannels(Channels request, @Context SecurityContext security) {
        return new Channels(notifications.chooseChannels(
                Authentication.actor(security), Resources.body(request).channels()));
    }

    @POST
    @Path("read")
    @Summary("全部标记为已读 (mark every message read)")
    public Map<String, Integer> readAll(@Context SecurityContext security) {
        return Map.of("count", notifications.markAllRead(Authentication.actor(security)));
    }

    @POST
    @Path("{id}/read")
    @Summary("标记为已读 (mark a message read)")
    public Message read(@PathParam("id") long id, @Context SecurityContext security) {
        return notifications.markRead(Authentication.actor(security), id);
    }
}
