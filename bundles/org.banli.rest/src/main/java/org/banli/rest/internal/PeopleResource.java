package org.banli.rest.internal;

import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.banli.api.Text;
import org.banli.api.user.Person;
import org.banli.api.user.Role;
import org.banli.api.user.UserService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The people a form lets the office choose by name: submitters, leading officials. */
@Component(service = PeopleResource.class, property = ApiServlet.RESOURCE + "=true")
@Path("v1/people")
@Produces(MediaType.APPLICATION_JSON)
public class PeopleResource {

    private final UserService users;

    @Activate
    public PeopleResource(@Reference UserService users) {
        this.users = users;
    }

    @GET
    @Summary("按角色列出可选人员，按姓名排序；办公室、督查、管理员 (people of a role to choose by name; office, supervisors, administrators)")
    public List<Person> people(@QueryParam("role") String role, @Context SecurityContext security) {
        Role chosen = Resources.enumParam("role", role, Role.class);
        if (chosen == null) {
            throw Refusal.invalidParameter("role", Text.of(Text.Code.REQUIRED, "label", Text.Label.ROLE));
        }
        return users.people(Authentication.actor(security), chosen);
    }
}
