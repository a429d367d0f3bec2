package org.banli.itests;

import static org.banli.itests.Api.json;
import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.UUID;

/**
 * A small county made over the API for one test: a host unit with its handler and head, a
 * co-unit with its handler, an office clerk, a supervisor and a deputy, all named uniquely so
 * that tests do not depend on each other.
 */
final class County {

    final String unit = "u" + UUID.randomUUID().toString().substring(0, 8);
    final String coUnit = unit + "-co";
    final String officeName = unit + "-office";
    final String handlerName = unit + "-handler";
    final String headName = unit + "-head";
    final String deputy = unit + "-deputy";
    final String deputyPassword = "pw-" + UUID.randomUUID();
    final Api office;
    final Api handler;
    final Api head;
    final Api coHandler;
    final Api supervisor;
    final Api deputyApi;
    private final Api admin;
    private final Api anonymous;

    County(Api admin, Api anonymous) {
        this.admin = admin;
        this.anonymous = anonymous;
        for (String code : new String[] {unit, coUnit}) {
            Api.Answer created = admin.post("/units", json("code", code, "name", "测试单位" + code));
            assertEquals(created.toString(), 201, created.status());
        }
        office = account(officeName, Set.of("OFFICE"), null, "政府办测试员", "pw-" + UUID.randomUUID());
        handler = account(handlerName, Set.of("HANDLER"), unit, "经办人测试员", "pw-" + UUID.randomUUID());
        head = account(headName, Set.of("UNIT_HEAD"), unit, "王局长", "pw-" + UUID.randomUUID());
        coHandler = account(unit + "-cohandler", Set.of("HANDLER"), coUnit, "协办经办人", "pw-" + UUID.randomUUID());
        supervisor = account(unit + "-duban", Set.of("SUPERVISOR"), null, "督查室", "pw-" + UUID.randomUUID());
        deputyApi = account(deputy, Set.of("SUBMITTER"), null, "测试代表", deputyPassword);
    }

    Api account(String username, Set<String> roles, String unitCode, String name, String password) {
        return anonymous.account(
                admin, password, "username", username, "displayName", name, "roles", roles, "unitCode", unitCode);
    }

    long register(String title) {
        return register(title, title + "的正文");
    }

    long register(String title, String body) {
        Api.Answer answer =
                office.post("/items", json("kind", "SUGGESTION", "title", title, "body", body, "submitter", deputy));
        assertEquals(answer.toString(), 201, answer.status());
        return answer.body().path("id").asLong();
    }

    /** A step that must succeed; answers the item after it. */
    JsonNode step(Api who, long id, String step, Object... body) {
        Api.Answer answer = who.step(id, step, json(body));
        assertEquals(step + ": " + answer, 200, answer.status());
        return answer.body();
    }

    JsonNode item(long id) {
        return office.get("/items/" + id).body();
    }

    JsonNode assign(long id, String... coUnits) {
        return step(office, id, "assign", "hostUnit", unit, "coUnits", coUnits);
    }

    /** Draft, approval by the unit head, submission and the office's acceptance. */
    JsonNode reply(long id, String replyClass, Object... commitments) {
        step(
                handler,
                id,
                "reply-draft",
                "replyClass",
                replyClass,
                "limitReason",
                replyClass.equals("C") ? "BEYOND_COUNTY_FINANCES" : null,
                "text",
                "经研究，我局已将此事列入年度工作计划，将按计划推进落实，感谢代表对我县工作的关心和支持。",
                "commitments",
                java.util.List.of(commitments),
                "contactPerson",
                "张科长",
                "contactPhone",
                "0571-88886666");
        step(head, id, "reply-approval");
        step(handler, id, "reply-submission");
        return step(office, id, "reply-review", "accept", true);
    }

    static Object commitment(String text, String dueDate) {
        return Api.JSON.createObjectNode().put("text", text).put("dueDate", dueDate);
    }
}
