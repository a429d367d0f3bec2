package org.banli.rest.internal;

import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.banli.api.Actor;
import org.banli.api.user.AccountChange;
import org.banli.api.user.LoginSession;
import org.banli.api.user.PasswordReset;
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

    @PUT
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Summary("修改账号的姓名、角色、单位和联系方式，仅管理员 (edit an account; administrators)")
    public UserDTO edit(
            @PathParam("username") String username, Requests.EditUser request, @Context SecurityContext security) {
        return UserDTO.of(users.edit(
                Authentication.actor(security),
                username,
                Resources.body(request).toEdit()));
    }

    @POST
    @Path("{username}/disable")
    @Summary("停用账号，其登录随即结束，仅管理员 (disable an account, ending its logins; administrators)")
    public UserDTO disable(@PathParam("username") String username, @Context SecurityContext security) {
        return UserDTO.of(users.setDisabled(Authentication.actor(security), username, true));
    }

    @POST
    @Path("{username}/enable")
    @Summary("重新启用账号，仅管理员 (enable an account again; administrators)")
    public UserDTO enable(@PathParam("username") String username, @Context SecurityContext security) {
        return UserDTO.of(users.setDisabled(Authentication.actor(security), username, false));
    }

    @POST
    @Path("{username}/password-reset")
    @Summary("重置密码为临时密码，下次登录须修改，仅管理员 (reset to a temporary password; administrators)")
    public PasswordResetDTO resetPassword(@PathParam("username") String username, @Context SecurityContext security) {
        PasswordReset reset = users.resetPassword(Authentication.actor(security), username);
        return new PasswordResetDTO(UserDTO.of(reset.user()), reset.temporaryPassword());
    }

    @GET
    @Path("{username}/changes")
    @Summary("账号的变更记录，仅管理员 (an account's audit record; administrators)")
    public List<AccountChangeDTO> changes(@PathParam("username") String username, @Context SecurityContext security) {
        Actor actor = Authentication.actor(security);
        // Each actor's name read once: an account's record is mostly the same few administrators.
        Map<String, String> names = new HashMap<>();
        return users.changes(actor, username).stream()
                .map(change -> new AccountChangeDTO(
                        change.actor(),
                        change.actor() == null
                                ? "系统 (Banli)"
                                : names.computeIfAbsent(
                                        change.actor(),
                                        name -> users.find(name)
                                                .map(User::displayName)
                                                .orElse(name)),
                        change.at(),
                        change.kind(),
                        change.fields()))
                .toList();
    }

    /** The temporary password is shown this once, to the administrator who hands it over. */
    public record PasswordResetDTO(UserDTO user, String temporaryPassword) {}

    /** One change of an account, its actor by name. */
    public record AccountChangeDTO(
            String actor,
            String actorName,
            Instant at,
            AccountChange.Kind kind,
            List<AccountChange.FieldChange> fields) {}
}
