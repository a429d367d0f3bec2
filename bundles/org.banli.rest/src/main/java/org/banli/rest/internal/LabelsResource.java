package org.banli.rest.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.banli.api.item.ContactMethod;
import org.banli.api.item.ContactPhase;
import org.banli.api.item.ItemAction;
import org.banli.api.item.ItemKind;
import org.banli.api.item.ItemStatus;
import org.banli.api.item.LimitReason;
import org.banli.api.item.ReplyClass;
import org.banli.api.item.Satisfaction;
import org.banli.api.item.Timing;
import org.banli.api.user.Role;
import org.osgi.service.component.annotations.Component;

/**
 * The words for every value of the API's enumerations, in Chinese and English, as the server
 * itself names them in its messages and documents: a client shows these rather than keeping its
 * own copies, so a state or step is called the same everywhere.
 */
@Component(service = LabelsResource.class, property = ApiServlet.RESOURCE + "=true")
@Path(LabelsResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
public class LabelsResource {

    static final String PATH = "v1/labels";

    /** A value's name in each language. */
    public record Label(String zh, String en) {}

    private static final Map<String, Map<String, Label>> LABELS = Map.of(
            "status", labels(ItemStatus.values(), ItemStatus::chinese, ItemStatus::english),
            "action", labels(ItemAction.values(), ItemAction::chinese, ItemAction::english),
            "kind", labels(ItemKind.values(), ItemKind::chinese, ItemKind::english),
            "role", labels(Role.values(), Role::chinese, Role::english),
            "phase", labels(ContactPhase.values(), ContactPhase::chinese, ContactPhase::english),
            "method", labels(ContactMethod.values(), ContactMethod::chinese, ContactMethod::english),
            "replyClass", labels(ReplyClass.values(), ReplyClass::chinese, ReplyClass::english),
            "limitReason", labels(LimitReason.values(), LimitReason::chinese, LimitReason::english),
            "satisfaction", labels(Satisfaction.values(), Satisfaction::chinese, Satisfaction::english),
            "warning", labels(Timing.Kind.values(), Timing.Kind::chinese, Timing.Kind::english));

    private static <E extends Enum<E>> Map<String, Label> labels(
            E[] values, Function<E, String> chinese, Function<E, String> english) {
        Map<String, Label> labels = new LinkedHashMap<>();
        Arrays.stream(values).forEach(v -> labels.put(v.name(), new Label(chinese.apply(v), english.apply(v))));
        return labels;
    }

    @GET
    @Public
    @Summary(
            value = "各枚举值的中英文名称：状态、办理步骤、类型、角色、联系阶段与方式、答复类别、受限原因、满意度、预警 (the Chinese and"
                    + " English names of every enumerated value: states, actions, kinds, roles, contact phases and"
                    + " methods, reply classes, limit reasons, ratings, warnings)",
            status = 200)
    public Map<String, Map<String, Label>> labels() {
        return LABELS;
    }
}
