package org.banli.itests;

import static org.banli.itests.Api.json;
import static org.banli.itests.County.commitment;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The whole life of items over HTTP in the real distribution: a county's year that reaches
 * every state with the deadlines the county's rules give, refused steps that change nothing,
 * and two clients writing one item at once.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class WorkflowIT extends BanliExamTest {

    private static final ZoneId COUNTY_ZONE = ZoneId.of("Asia/Shanghai");

    private static LocalDate today() {
        return LocalDate.now(COUNTY_ZONE);
    }

    @Test
    public void aYearForThreeUnitsReachesEveryStateWithTheCountysDeadlines() {
        County a = new County(admin, anonymous);
        County b = new County(admin, anonymous);
        Map<String, Long> items = new LinkedHashMap<>();

        items.put("REGISTERED", a.register("已登记：关于增设公交线路的建议"));

        long assigned = a.register("已交办：关于修缮乡村道路的建议");
        JsonNode afterAssign = a.assign(assigned, a.coUnit);
        assertEquals(
                today().plusMonths(3).toString(),
                afterAssign.path("progress").path("deadline").asText());
        assertEquals(
                ChronoUnit.DAYS.between(today(), today().plusMonths(3)),
                afterAssign.path("timing").path("daysLeft").asLong());
        assertEquals(
                a.coUnit, afterAssign.path("coUnits").path(0).path("unitCode").asText());
        assertTrue(
                "a return is possible for a few working days",
                LocalDate.parse(afterAssign.path("timing").path("returnUntil").asText())
                        .isAfter(today()));
        items.put("ASSIGNED", assigned);

        long handling = a.register("办理中：关于加强校园安全的建议");
        a.assign(handling, a.coUnit);
        a.step(a.handler, handling, "accept");
        a.step(a.coHandler, handling, "accept");
        a.step(
                a.handler,
                handling,
                "contacts",
                "phase",
                "BEFORE",
                "method",
                "VISIT",
                "date",
                today().toString(),
                "participants",
                "代表、经办人",
                "summary",
                "登门听取代表意见");
        a.step(a.coHandler, handling, "co-unit-opinion", "opinion", "协办单位同意主办单位的处理意见。");
        items.put("HANDLING", handling);

        long approved = a.register("已审定：关于完善养老服务的建议");
        a.assign(approved);
        a.step(a.handler, approved, "accept");
        a.step(
                a.handler,
                approved,
                "reply-draft",
                "replyClass",
                "A",
                "text",
                "经研究，我局已将养老服务设施建设列入年度计划，年内完成，感谢代表的关心和支持。",
                "contactPerson",
                "张科长",
                "contactPhone",
                "13800001111");
        a.step(a.head, approved, "reply-approval");
        items.put("REPLY_APPROVED", approved);

        long underReview = a.register("待审核：关于治理河道污染的建议");
        a.assign(underReview);
        a.step(a.handler, underReview, "accept");
        a.step(
                a.handler,
                underReview,
                "reply-draft",
                "replyClass",
                "C",
                "limitReason",
                "BEYOND_COUNTY_AUTHORITY",
                "text",
                "经研究，河道治理需省级审批立项，我局已向上级部门报告，争取明年列入计划。",
                "contactPerson",
                "张科长",
                "contactPhone",
                "0571-88886666");
        a.step(a.head, underReview, "reply-approval");
        a.step(a.handler, underReview, "reply-submission");
        items.put("UNDER_REVIEW", underReview);

        long replied = a.register("已答复：关于增加公共厕所的建议");
        a.assign(replied);
        a.step(a.handler, replied, "accept");
        JsonNode afterReply = a.reply(replied, "A");
        assertFalse(afterReply.path("progress").path("repliedAt").isMissingNode());
        assertFalse(afterReply.path("timing").path("ratingBy").isMissingNode());
        items.put("REPLIED", replied);

        long rehandling = b.register("重新办理：关于改善农贸市场的建议");
        b.assign(rehandling);
        b.step(b.handler, rehandling, "accept");
        b.reply(rehandling, "C");
        JsonNode reopened =
                b.step(b.deputyApi, rehandling, "rating", "satisfaction", "UNSATISFIED", "comment", "未解决实际问题");
        assertEquals(
                today().plusMonths(1).toString(),
                reopened.path("progress").path("deadline").asText());
        assertEquals(2, reopened.path("progress").path("round").asInt());
        items.put("REHANDLING", rehandling);

        long consultation = b.register("待当面协商：关于新建停车场的建议");
        b.assign(consultation);
        b.step(b.handler, consultation, "accept");
        b.reply(consultation, "C");
        b.step(b.deputyApi, consultation, "rating", "satisfaction", "UNSATISFIED");
        b.reply(consultation, "C");
        JsonNode toConsult =
                b.step(b.deputyApi, consultation, "rating", "satisfaction", "UNSATISFIED", "comment", "仍不满意");
        assertEquals("CONSULTATION", toConsult.path("status").asText());
        assertEquals(2, toConsult.path("ratings").size());

        long followUp = b.register("回头看：关于改造老旧小区的建议");
        b.assign(followUp);
        b.step(b.handler, followUp, "accept");
        String due = today().plusMonths(6).toString();
        b.reply(followUp, "B", commitment("完成小区管网改造", due), commitment("加装电梯试点", due));
        b.step(b.deputyApi, followUp, "rating", "satisfaction", "BASICALLY_SATISFIED");
        items.put("FOLLOW_UP", followUp);

        long closed = b.register("已办结：关于增设路灯的建议");
        b.assign(closed);
        b.step(b.handler, closed, "accept");
        b.reply(closed, "B", commitment("年内安装路灯20盏", due));
        b.step(b.deputyApi, closed, "rating", "satisfaction", "SATISFIED");
        long promise = b.item(closed)
                .path("replies")
                .path(0)
                .path("commitments")
                .path(0)
                .path("id")
                .asLong();
        JsonNode kept = b.step(
                b.handler,
                closed,
                "commitment-progress",
                "commitmentId",
                promise,
                "doneOn",
                today().toString(),
                "progress",
                "20盏路灯已全部安装");
        assertEquals("CLOSED", kept.path("status").asText());
        items.put("CLOSED", closed);

        // Consultation closes the item whose promises are kept.
        JsonNode consulted = b.step(
                b.office,
                consultation,
                "consultation",
                "date",
                today().toString(),
                "participants",
                "代表、局长、政府办",
                "summary",
                "当面说明上级审批进度，代表表示理解");
        assertEquals("CLOSED", consulted.path("status").asText());
        items.put("CLOSED after consultation", consultation);
        b.step(
                b.supervisor,
                items.get("REHANDLING"),
                "notices",
                "unitCode",
                b.unit,
                "text",
                "请于本周内报送重新办理方案",
                "dueDate",
                today().plusDays(7).toString());

        Map<String, String> expected = new LinkedHashMap<>();
        Map<String, String> actual = new LinkedHashMap<>();
        items.forEach((state, id) -> {
            expected.put(state + " " + id, state.split(" ")[0]);
            actual.put(state + " " + id, a.item(id).path("status").asText());
        });
        assertEquals(expected, actual);

        // Lists filter by unit, co-unit and state; the co-unit sees the items it co-handles.
        assertEquals(
                5,
                a.office
                        .get("/items?unit=" + a.unit + "&size=50")
                        .body()
                        .path("total")
                        .asLong());
        assertEquals(2, a.coHandler.get("/items?size=50").body().path("total").asLong());
        assertEquals(
                1,
                a.office
                        .get("/items?unit=" + a.unit + "&status=UNDER_REVIEW")
                        .body()
                        .path("total")
                        .asLong());
        assertEquals(
                0,
                a.office
                        .get("/items?unit=" + a.unit + "&overdue=true")
                        .body()
                        .path("total")
                        .asLong());
        assertEquals(
                1,
                b.office
                        .get("/items?unit=" + b.unit + "&dueWithin=31")
                        .body()
                        .path("total")
                        .asLong());
    }

    @Test
    public void extensionsReturnsMergesSupervisionAndDisclosureOverHttp() {
        County a = new County(admin, anonymous);
        County b = new County(admin, anonymous);

        long extended = a.register("延期：关于建设文化广场的建议");
        a.assign(extended);
        a.step(a.handler, extended, "accept");
        String asked = today().plusMonths(5).toString();
        a.step(a.handler, extended, "extension-request", "until", asked, "reason", "需完成用地审批");
        Api.Answer tooFar = a.office.step(
                extended,
                "extension-decision",
                json("approve", true, "until", today().plusMonths(7).toString()));
        assertEquals(tooFar.toString(), 422, tooFar.status());
        JsonNode granted = a.step(a.office, extended, "extension-decision", "approve", true, "reason", "同意");
        assertEquals(asked, granted.path("progress").path("deadline").asText());
        assertEquals("true", granted.path("requests").path(0).path("approved").asText());

        long returned = a.register("退回：关于规范出租车管理的建议");
        a.assign(returned);
        a.step(a.handler, returned, "return-request", "reason", "出租车管理属交通部门职责");
        JsonNode moved =
                a.step(a.office, returned, "return-decision", "approve", true, "hostUnit", b.unit, "reason", "改办交通部门");
        assertEquals(b.unit, moved.path("progress").path("hostUnit").asText());
        assertEquals(404, a.handler.get("/items/" + returned).status());
        assertEquals(200, b.handler.get("/items/" + returned).status());

        long lead = a.register("并案主件：关于学校午餐的建议");
        String otherDeputy = a.unit + "-deputy2";
        Api otherDeputyApi = a.account(otherDeputy, Set.of("SUBMITTER"), null, "另一位代表", "pw-" + UUID.randomUUID());
        long member = a.office
                .post(
                        "/items",
                        json(
                                "kind",
                                "SUGGESTION",
                                "title",
                                "并入件：关于学生营养餐的建议",
                                "body",
                                "正文",
                                "submitter",
                                otherDeputy,
                                "publicReply",
                                true))
                .body()
                .path("id")
                .asLong();
        a.step(a.office, lead, "merge", "items", List.of(member), "reason", "同类建议并案办理");
        a.assign(lead);
        a.step(a.handler, lead, "accept");
        a.reply(lead, "A");
        JsonNode memberNow = otherDeputyApi.get("/items/" + member).body();
        assertEquals("REPLIED", memberNow.path("status").asText());
        assertEquals(lead, memberNow.path("progress").path("mergedInto").asLong());
        assertEquals(1, memberNow.path("replies").size());
        assertEquals(
                "CLOSED",
                a.step(otherDeputyApi, member, "rating", "satisfaction", "SATISFIED")
                        .path("status")
                        .asText());
        assertEquals("REPLIED", a.item(lead).path("status").asText());

        String leaderName = a.unit + "-leader";
        Api leader = a.account(leaderName, Set.of("LEADER"), null, "张副县长", "pw-" + UUID.randomUUID());
        assertEquals(
                403,
                leader.postIfMatch("/items/" + lead + "/comments", "*", json("text", "请抓紧"))
                        .status());
        JsonNode key = a.step(a.supervisor, lead, "key-item", "keyItem", true, "leadingOfficial", leaderName);
        assertTrue(key.path("keyItem").asBoolean());
        a.step(leader, lead, "comments", "text", "请教育局牵头，月底前拿出方案。");
        assertEquals(
                "请教育局牵头，月底前拿出方案。",
                a.item(lead).path("comments").path(0).path("text").asText());

        a.step(
                a.supervisor,
                lead,
                "notices",
                "unitCode",
                a.unit,
                "text",
                "请尽快组织测评回访",
                "dueDate",
                today().plusDays(5).toString());
        long notice = a.item(lead).path("notices").path(0).path("id").asLong();
        assertEquals(
                "a unit not involved does not even see the item",
                404,
                a.coHandler
                        .postIfMatch(
                                "/items/" + lead + "/notice-response",
                                "*",
                                json("noticeId", notice, "response", "不是本单位"))
                        .status());
        a.step(a.handler, lead, "notice-response", "noticeId", notice, "response", "已安排回访");

        JsonNode disclosed = anonymous.get("/public/replies?size=200").body();
        boolean found = false;
        for (JsonNode reply : disclosed.path("items")) {
            if (reply.path("itemId").asLong() == member) {
                found = true;
                assertFalse("no contact details in public", reply.toString().contains("8888"));
                assertTrue(reply.path("title").asText().contains("学生营养餐"));
            }
            assertFalse("only public items are disclosed", reply.path("itemId").asLong() == lead);
        }
        assertTrue("the public item's reply is disclosed", found);
        a.step(a.office, member, "disclosure", "publicReply", false, "reason", "涉及个人隐私");
        for (JsonNode reply : anonymous.get("/public/replies?size=200").body().path("items")) {
            assertFalse("withdrawn from the public", reply.path("itemId").asLong() == member);
        }
    }

    @Test
    public void everyRefusedStepLeavesTheItemUnchanged() {
        County county = new County(admin, anonymous);
        County other = new County(admin, anonymous);
        long id = county.register("拒绝操作测试");
        county.assign(id);
        county.step(county.handler, id, "accept");
        JsonNode before = county.item(id);
        int history = county.office.get("/items/" + id + "/history").body().size();
        String stale = "\"" + (before.path("version").asLong() - 1) + "\"";

        List<String> answers = new ArrayList<>();
        answers.add("wrong role "
                + county.deputyApi
                        .postIfMatch("/items/" + id + "/assign", "*", json("hostUnit", other.unit))
                        .status());
        answers.add("wrong unit "
                + other.handler
                        .postIfMatch("/items/" + id + "/reply-draft", "*", json("replyClass", "A"))
                        .status());
        answers.add("wrong state "
                + county.office.step(id, "reply-review", json("accept", true)).status());
        answers.add("missing data "
                + county.handler.step(id, "contacts", json("phase", "BEFORE")).status());
        answers.add("bad value "
                + county.handler
                        .step(id, "reply-draft", json("replyClass", "E", "text", "短"))
                        .status());
        answers.add("stale version "
                + county.office
                        .postIfMatch("/items/" + id + "/assign", stale, json("hostUnit", other.unit))
                        .status());
        answers.add("unknown field "
                + county.handler.step(id, "accept", json("force", true)).status());
        assertEquals(
                List.of(
                        "wrong role 403",
                        "wrong unit 404",
                        "wrong state 409",
                        "missing data 422",
                        "bad value 400",
                        "stale version 409",
                        "unknown field 400"),
                answers);

        Api.Answer failures = county.handler.step(id, "reply-draft", json("replyClass", "A", "text", "太短的答复。"));
        assertEquals(200, failures.status());
        assertEquals(
                "no one types a signer",
                400,
                county.handler
                        .step(id, "reply-draft", json("replyClass", "A", "text", "太短的答复。", "signer", "别人"))
                        .status());
        county.step(county.head, id, "reply-approval");
        assertEquals(
                "the head who approves signs it",
                "王局长",
                county.item(id).path("replies").path(0).path("signer").asText());
        Api.Answer submission = county.handler.step(id, "reply-submission", "{}");
        assertEquals(submission.toString(), 422, submission.status());
        List<String> fields = new ArrayList<>();
        submission.body().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        assertEquals(List.of("contactPerson", "contactPhone", "text"), fields);
        assertTrue(submission.body().path("detail").asText().contains("联系人"));

        JsonNode after = county.item(id);
        assertEquals("REPLY_APPROVED", after.path("status").asText());
        assertEquals(before.path("progress"), after.path("progress"));
        assertEquals(
                "only the draft and its approval were recorded",
                history + 2,
                county.office.get("/items/" + id + "/history").body().size());
    }

    @Test
    public void ofTwoClientsWritingTheSameItemAtOnceExactlyOneWins() throws Exception {
        County county = new County(admin, anonymous);
        long id = county.register("并发写入测试");
        county.assign(id);
        county.step(county.handler, id, "accept");
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                String etag = county.handler.get("/items/" + id).etag();
                CountDownLatch start = new CountDownLatch(1);
                List<Callable<Integer>> writes = new ArrayList<>();
                // The handler in two browser tabs at once.
                for (Api writer : List.of(county.handler, county.handler)) {
                    writes.add(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        return writer.postIfMatch(
                                        "/items/" + id + "/contacts",
                                        etag,
                                        json(
                                                "phase",
                                                "DURING",
                                                "method",
                                                "PHONE",
                                                "date",
                                                today().toString(),
                                                "participants",
                                                "代表",
                                                "summary",
                                                "并发写入的联系记录"))
                                .status();
                    });
                }
                List<Future<Integer>> results = new ArrayList<>();
                for (Callable<Integer> write : writes) {
                    results.add(clients.submit(write));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> result : results) {
                    statuses.add(result.get(60, TimeUnit.SECONDS));
                }
                statuses.sort(null);
                assertEquals("round " + round, List.of(200, 409), statuses);
            }
        } finally {
            clients.shutdownNow();
        }
        assertEquals(
                "one contact per round", 3, county.item(id).path("contacts").size());
    }

    @Test
    public void demoDataReachesEveryStateThroughTheRealWorkflowForAdministratorsOnly() {
        County county = new County(admin, anonymous);
        assertEquals(403, county.office.post("/demo", json("count", 10)).status());
        assertEquals(422, admin.post("/demo", json("count", 0)).status());
        Api.Answer made = admin.post("/demo", json("count", 10));
        assertEquals(made.toString(), 200, made.status());
        JsonNode byStatus = made.body().path("byStatus");
        for (String state : List.of(
                "REGISTERED",
                "ASSIGNED",
                "HANDLING",
                "REPLY_APPROVED",
                "UNDER_REVIEW",
                "REPLIED",
                "REHANDLING",
                "CONSULTATION",
                "FOLLOW_UP",
                "CLOSED")) {
            assertEquals(state, 1, byStatus.path(state).asInt());
        }
        String password = made.body().path("password").asText();
        Api demoOffice = anonymous.ownPassword("demo-office", password, "demo-office-自己的密码");
        JsonNode jyj = demoOffice.get("/items?unit=jyj&size=200").body();
        assertTrue(jyj.path("total").asLong() >= 1);
        assertTrue(jyj.path("items").path(0).path("title").asText().contains("建议"));
        Api deputy = anonymous.ownPassword("deputy01", password, "deputy01-自己的密码");
        JsonNode own = deputy.get("/items?size=200").body();
        assertTrue("a demo deputy sees their own items", own.path("total").asLong() >= 1);
        for (JsonNode item : own.path("items")) {
            assertEquals("deputy01", item.path("submitter").asText());
        }
        Api.Answer again = admin.post("/demo", json("count", 2));
        assertEquals(again.toString(), 200, again.status());
        assertEquals(
                "a second run reuses the units and accounts",
                0,
                again.body().path("accounts").size());
        assertTrue(again.body().path("password").isMissingNode());
    }
}
