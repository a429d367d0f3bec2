package org.banli.rest.internal;

import java.net.URI;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.banli.api.Actor;
import org.banli.api.user.LoginSession;
import org.banli.api.user.User;
import org.banli.api.user.UserService;
import org.banli.rest.internal.dto.Requests;
import org.banli.rest.internal.dto.UserDTO;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = UserResource.class, property = ApiServlet.RESOURCE + "=true")
@Path("v1/users")
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

    private final UserService users;
    private final WebSessions sessions;

    @Activate
    public UserResource(@Reference UserService users, @Reference WebSessions sessions) {
        this.users = users;
        this.sessions = sessions;
    }

    @GET
    @Summary("账号列表，仅管理员 (list accounts; administrators)")
    public List<UserDTO> list(@Context SecurityContext security) {
        return users.list(Authentication.actor(security)).stream()
                .map(UserDTO::of)
                .toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Summary(value = "创建账号，仅管理员 (create an account; administrators)", returns = UserDTO.class)
    public Response create(Requests.CreateUser request, @Context SecurityContext security) {
        User created = users.create(
                Authentication.actor(security), Resources.body(request).toDraft());
        return Response.created(URI.create("v1/users/" + created.username()))
                .entity(UserDTO.of(created))
                .build();
    }

    @POST
    @Path("me/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Summary("修改本人密码 (change one's own password)")
    public Response changePassword(Requests.ChangePassword request, @Context SecurityContext security) {
        Requests.ChangePassword body = Resources.body(request);
        Actor actor = Authentication.actor(security);
        users.changePassword(actor, chars(body.currentPassword()), chars(body.newPassword()));
        // Other logins end with the old password; the one that changed it goes on.
        sessions.closeAll(
                actor.username(),
                Authentication.session(security).map(LoginSession::id).orElse(null));
        return Response.noContent().build();
    }

    private static char[] chars(String value) {
        return value == null ? new char[0] : value.toCharArray();
    }

    @GET
    @Path("me")
    @Summary("当前账号 (the signed-in account)")
    public UserDTO me(@Context SecurityContext security) {
        Actor actor = Authentication.actor(security);
        return UserDTO.of(users.get(actor, actor.username()));
    }

    @GET
    @Path("{username}")
    @Summary("一个账号，管理员或本人 (one account; administrators or the account itself)")
    public UserDTO get(@PathParam("username") String username, @Context SecurityContext security) {
        return UserDTO.of(users.get(Authentication.actor(security), username));
    }
}
