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
import org.banli.api.BanliException;
import org.banli.api.Text;
import org.banli.api.unit.Unit;
import org.banli.api.unit.UnitService;
import org.banli.rest.internal.dto.UnitDTO;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = UnitResource.class, property = ApiServlet.RESOURCE + "=true")
@Path("v1/units")
@Produces(MediaType.APPLICATION_JSON)
public class UnitResource {

    private final UnitService units;

    @Activate
    public UnitResource(@Reference UnitService units) {
        this.units = units;
    }

    @GET
    @Summary("承办单位列表 (list handling units)")
    public List<UnitDTO> list() {
        return units.list().stream().map(UnitDTO::of).toList();
    }

    @GET
    @Path("{code}")
    @Summary("一个承办单位 (one handling unit)")
    public UnitDTO get(@PathParam("code") String code) {
        return units.find(code)
                .map(UnitDTO::of)
                .orElseThrow(() -> BanliException.notFound(Text.of(Text.Code.UNIT_NOT_FOUND, "unit", code)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Summary(value = "添加承办单位，仅管理员 (add a handling unit; administrators)", returns = UnitDTO.class)
    public Response create(UnitDTO unit, @Context SecurityContext security) {
        Unit created = units.create(
                Authentication.actor(security), Resources.body(unit).toUnit());
        return Response.created(URI.create("v1/units/" + created.code()))
                .entity(UnitDTO.of(created))
                .build();
    }
}
