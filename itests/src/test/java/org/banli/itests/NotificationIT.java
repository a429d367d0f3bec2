package org.banli.itests;

import static org.awaitility.Awaitility.await;
import static org.banli.itests.Api.json;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Hashtable;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.banli.api.notify.Delivery;
import org.banli.api.notify.Notification;
import org.banli.api.notify.NotificationChannel;
import org.banli.api.notify.Recipient;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceRegistration;

/**
 * Notifications in the real distribution: each step's messages reach the inbox of those
 * concerned; a channel uninstalled from the console keeps its messages waiting, and they go
 * out when it is installed again, with nothing restarted and nothing lost; e-mail and SMS
 * installed from the console reach a real mail server and an HTTP gateway.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class NotificationIT extends BanliExamTest {

    @Configuration
    public Option[] config() {
        return OptionUtils.combine(BanliDistribution.options(), MailServer.startedForContainer());
    }

    private boolean inboxChannelInstalled() {
        return installed("inbox");
    }

    private static long inboxTotal(Api who) {
        return who.get("/inbox").body().path("total").asLong();
    }

    @Test
    public void aStepsMessagesReachTheInboxesOfThoseConcerned() {
        County county = new County(admin, anonymous);
        await().atMost(Duration.ofSeconds(30)).until(this::inboxChannelInstalled);
        long id = county.register("通知测试：关于增设公交站的建议");
        county.assign(id, county.coUnit);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> inboxTotal(county.handler) == 1
                        && inboxTotal(county.coHandler) == 1
                        && inboxTotal(county.deputyApi) == 1);
        JsonNode message = county.handler.get("/inbox").body().path("items").path(0);
        assertEquals("item.assigned", message.path("event").asText());
        assertTrue(
                message.path("subject").asText(),
                message.path("subject").asText().contains("【交办】"));
        assertTrue(message.path("body").asText().contains("通知测试：关于增设公交站的建议"));
        assertEquals(Long.toString(id), message.path("data").path("itemId").asText());
        assertEquals(0, inboxTotal(county.office));

        assertEquals(1, county.handler.get("/inbox/unread").body().path("count").asLong());
        long messageId = message.path("id").asLong();
        assertEquals(
                404, county.deputyApi.post("/inbox/" + messageId + "/read", "").status());
        Api.Answer read = county.handler.post("/inbox/" + messageId + "/read", "");
        assertEquals(read.toString(), 200, read.status());
        assertEquals(0, county.handler.get("/inbox/unread").body().path("count").asLong());
        assertEquals(403, county.office.get("/outbox").status());

        assertEquals(
                1, county.coHandler.get("/inbox/unread").body().path("count").asLong());
        Api.Answer readAll = county.coHandler.post("/inbox/read", "");
        assertEquals(readAll.toString(), 1, readAll.body().path("count").asLong());
        assertEquals(
                0, county.coHandler.get("/inbox/unread").body().path("count").asLong());
        assertEquals(
                "another's inbox is untouched",
                1,
                county.deputyApi.get("/inbox/unread").body().path("count").asLong());
    }

    @Test
    public void anUninstalledChannelsMessagesWaitAndGoOutWhenItIsBack() throws Exception {
        County county = new County(admin, anonymous);
        await().atMost(Duration.ofSeconds(30)).until(this::inboxChannelInstalled);
        // Installing what is installed changes nothing; it makes sure the features service counts the boot
        // feature as installed, which a rare race of Karaf's boot (its features bundle started twice) can leave out.
        KarafConsole.run(sessions, "feature:install banli-notify-inbox");
        String removed = KarafConsole.run(sessions, "feature:uninstall banli-notify-inbox");
        await().atMost(Duration.ofSeconds(30)).until(() -> !inboxChannelInstalled());

        long id = county.register("通道卸载期间的建议");
        JsonNode assigned = county.assign(id);
        assertEquals(
                "the step completes without its channel",
                "ASSIGNED",
                assigned.path("status").asText());
        // Nothing reaches the inbox while the channel is away, however long the dispatcher goes round.
        await().during(Duration.ofSeconds(5))
                .atMost(Duration.ofSeconds(10))
                .until(() -> inboxTotal(county.handler) == 0);
        assertTrue(admin.get("/outbox").body().path("inbox").path("PENDING").asLong() >= 2);

        String installed = KarafConsole.run(sessions, "feature:install banli-notify-inbox");
        await().atMost(Duration.ofSeconds(30)).until(this::inboxChannelInstalled);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> inboxTotal(county.handler) == 1 && inboxTotal(county.deputyApi) == 1);
        assertEquals(
                removed + installed, "ASSIGNED", county.item(id).path("status").asText());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> admin.get("/outbox")
                                .body()
                                .path("inbox")
                                .path("PENDING")
                                .asLong()
                        == 0);
    }

    /** A channel plugin registered at run time, as a county's own bundle would register it. */
    private static final class RecordingChannel implements NotificationChannel {
        final String id;
        final List<String> delivered = new CopyOnWriteArrayList<>();
        final AtomicInteger attempts = new AtomicInteger();
        final CountDownLatch hang;
        volatile boolean failing;

        RecordingChannel(String id, CountDownLatch hang) {
            this.id = id;
            this.hang = hang;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public Delivery deliver(Notification notification, Recipient recipient) {
            attempts.incrementAndGet();
            if (hang != null) {
                try {
                    hang.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Delivery.retryLater("interrupted");
                }
            }
            if (failing) {
                throw new IllegalStateException("通道故障 (the channel is broken)");
            }
            delivered.add(recipient.username() + " " + notification.subject());
            return Delivery.delivered();
        }
    }

    private ServiceRegistration<NotificationChannel> register(RecordingChannel channel) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(NotificationChannel.CHANNEL_PROPERTY, channel.id());
        return bundleContext.registerService(NotificationChannel.class, channel, properties);
    }

    @Test
    public void brokenAndHangingChannelsHoldUpNoStepAndDeliverOnceTheyRecover() throws Exception {
        County county = new County(admin, anonymous);
        CountDownLatch hangUntil = new CountDownLatch(1);
        RecordingChannel recording = new RecordingChannel("itest", null);
        RecordingChannel broken = new RecordingChannel("itest-broken", null);
        broken.failing = true;
        RecordingChannel hanging = new RecordingChannel("itest-hang", hangUntil);
        List<ServiceRegistration<NotificationChannel>> registrations =
                List.of(register(recording), register(broken), register(hanging));
        org.osgi.service.cm.Configuration delivery = configAdmin.getConfiguration("org.banli.notify", null);
        java.util.Dictionary<String, Object> shipped = delivery.getProperties();
        try {
            Hashtable<String, Object> quick = new Hashtable<>();
            quick.put("pollSeconds", 1);
            quick.put("firstRetrySeconds", 1);
            quick.put("maxRetrySeconds", 2);
            quick.put("maxAttempts", 100);
            quick.put("deliveryTimeoutSeconds", 2);
            delivery.update(quick);
            Api.Answer unknown = county.handler.put("/inbox/channels", json("channels", List.of("nope")));
            assertEquals(unknown.toString(), 422, unknown.status());
            List<String> chosen = List.of("itest", "itest-broken", "itest-hang");
            await().atMost(Duration.ofSeconds(30))
                    .ignoreExceptions()
                    .until(() -> county.handler
                                    .put("/inbox/channels", json("channels", chosen))
                                    .status()
                            == 200);
            assertEquals(
                    chosen,
                    Api.JSON.convertValue(
                            county.handler.get("/inbox/channels").body().path("channels"), List.class));

            long first = county.register("渠道测试：关于修建人行天桥的建议");
            long second = county.register("渠道测试：关于增加路灯的建议");
            assertEquals("ASSIGNED", county.assign(first).path("status").asText());
            assertEquals("ASSIGNED", county.assign(second).path("status").asText());
            await().atMost(Duration.ofSeconds(30)).until(() -> recording.delivered.size() == 2);
            assertTrue(
                    recording.delivered.toString(),
                    recording.delivered.get(0).startsWith(county.handlerName + " 【交办】"));
            // Each channel has its own worker, so the inbox may land a moment after the recording channel;
            // what matters is that it lands while the hanging channel still hangs.
            await().atMost(Duration.ofSeconds(30)).until(() -> inboxTotal(county.handler) == 2);
            assertTrue("the inbox is not held up by the others", hanging.delivered.isEmpty());
            await().atMost(Duration.ofSeconds(30)).until(() -> broken.attempts.get() >= 4);
            assertTrue(broken.delivered.isEmpty() && hanging.delivered.isEmpty());
            assertTrue(admin.get("/outbox")
                            .body()
                            .path("itest-broken")
                            .path("PENDING")
                            .asLong()
                    == 2);

            broken.failing = false;
            hangUntil.countDown();
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> broken.delivered.size() == 2
                            && admin.get("/outbox")
                                            .body()
                                            .path("itest-broken")
                                            .path("PENDING")
                                            .asLong()
                                    == 0
                            && admin.get("/outbox")
                                            .body()
                                            .path("itest-hang")
                                            .path("PENDING")
                                            .asLong()
                                    == 0);
            assertTrue(hanging.delivered.toString(), hanging.delivered.size() >= 2);
        } finally {
            hangUntil.countDown();
            registrations.forEach(ServiceRegistration::unregister);
            delivery.update(shipped);
        }
    }

    /** A county's system receiving the webhook, on Karaf's own Jetty. */
    private static final class Receiver extends HttpServlet {
        private static final long serialVersionUID = 1L;
        final List<String[]> posts = new CopyOnWriteArrayList<>();

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            posts.add(new String[] {
                new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                request.getHeader("X-Banli-Timestamp"),
                request.getHeader("X-Banli-Signature")
            });
            response.setStatus(204);
        }
    }

    /** Whether the channel is offered now, brought by its own bundle. */
    private boolean installed(String channel) {
        for (JsonNode plugin : admin.get("/plugins").body()) {
            if (plugin.path("kind").asText().equals("channel")
                    && plugin.path("name").asText().equals(channel)) {
                assertEquals(
                        plugin.toString(),
                        "org.banli.notify." + channel,
                        plugin.path("bundle").asText());
                return true;
            }
        }
        return false;
    }

    @Test
    public void anAdministratorInstallsTheWebhookFromTheConsoleAndNothingIsLostWhileItIsAway() throws Exception {
        County county = new County(admin, anonymous);
        Receiver receiver = new Receiver();
        Hashtable<String, Object> servlet = new Hashtable<>();
        servlet.put("osgi.http.whiteboard.servlet.pattern", "/itest-webhook");
        ServiceRegistration<Servlet> registration = bundleContext.registerService(Servlet.class, receiver, servlet);
        String secret = "itest-webhook-secret-0123456789";
        org.osgi.service.cm.Configuration settings = configAdmin.getConfiguration("org.banli.notify.webhook", null);
        try {
            Hashtable<String, Object> values = new Hashtable<>();
            values.put(
                    "url",
                    "http://localhost:" + Integer.getInteger(BanliDistribution.HTTP_PORT_PROPERTY) + "/itest-webhook");
            values.put("secret", secret);
            settings.update(values);
            KarafConsole.run(sessions, "feature:install banli-notify-webhook");
            await().atMost(Duration.ofSeconds(60)).until(() -> installed("webhook"));
            assertEquals(
                    200,
                    county.handler
                            .put("/inbox/channels", json("channels", List.of("webhook")))
                            .status());

            long first = county.register("Webhook 测试：关于设立便民服务点的建议");
            county.assign(first);
            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.posts.size() == 1);
            String[] post = receiver.posts.get(0);
            assertTrue(post[0], post[0].contains("Webhook 测试：关于设立便民服务点的建议"));
            assertTrue(post[0].contains("\"username\":\"" + county.handlerName + "\""));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            assertEquals(
                    "sha256="
                            + HexFormat.of()
                                    .formatHex(mac.doFinal((post[1] + "." + post[0]).getBytes(StandardCharsets.UTF_8))),
                    post[2]);

            KarafConsole.run(sessions, "feature:uninstall banli-notify-webhook");
            await().atMost(Duration.ofSeconds(60)).until(() -> !installed("webhook"));
            long second = county.register("Webhook 卸载期间的建议");
            assertEquals("ASSIGNED", county.assign(second).path("status").asText());
            await().during(Duration.ofSeconds(5))
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> receiver.posts.size() == 1);
            assertTrue(
                    admin.get("/outbox").body().path("webhook").path("PENDING").asLong() >= 1);

            KarafConsole.run(sessions, "feature:install banli-notify-webhook");
            await().atMost(Duration.ofSeconds(60)).until(() -> receiver.posts.size() == 2);
            assertTrue(receiver.posts.get(1)[0].contains("Webhook 卸载期间的建议"));
        } finally {
            KarafConsole.run(sessions, "feature:uninstall banli-notify-webhook");
            settings.delete();
            registration.unregister();
        }
    }

    /** A county's SMS gateway, on Karaf's own Jetty: decodes the form it is sent. */
    private static final class Gateway extends HttpServlet {
        private static final long serialVersionUID = 1L;
        final List<String[]> sent = new CopyOnWriteArrayList<>();

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            request.setCharacterEncoding("UTF-8");
            sent.add(new String[] {request.getParameter("mobile"), request.getParameter("content")});
            response.setContentType("application/json; charset=UTF-8");
            response.getWriter().write("{\"code\":0,\"msg\":\"提交成功\"}");
        }
    }

    @Test
    public void emailAndSmsInstalledFromTheConsoleReachARealMailServerAndGateway() throws Exception {
        County county = new County(admin, anonymous);
        String address = county.unit + "-mail@jyj.example.cn";
        Api li = anonymous.account(
                admin,
                "pw-mail-user-1",
                "username",
                county.unit + "-mail",
                "displayName",
                "李经办",
                "roles",
                List.of("HANDLER"),
                "unitCode",
                county.unit,
                "email",
                address,
                "phone",
                "13900139000");
        Gateway gateway = new Gateway();
        Hashtable<String, Object> servlet = new Hashtable<>();
        servlet.put("osgi.http.whiteboard.servlet.pattern", "/itest-sms");
        ServiceRegistration<Servlet> registration = bundleContext.registerService(Servlet.class, gateway, servlet);
        org.osgi.service.cm.Configuration email = configAdmin.getConfiguration("org.banli.notify.email", null);
        org.osgi.service.cm.Configuration sms = configAdmin.getConfiguration("org.banli.notify.sms", null);
        try {
            Hashtable<String, Object> mail = new Hashtable<>();
            mail.put("host", "127.0.0.1");
            mail.put("port", Integer.getInteger(MailServer.SMTP_PORT));
            mail.put("security", "NONE");
            mail.put("from", "banli@county.example.cn");
            mail.put("fromName", "某某县人民政府办公室");
            email.update(mail);
            Hashtable<String, Object> gatewaySettings = new Hashtable<>();
            gatewaySettings.put(
                    "url",
                    "http://localhost:" + Integer.getInteger(BanliDistribution.HTTP_PORT_PROPERTY) + "/itest-sms");
            gatewaySettings.put("template", "【县政府办】${subject}");
            gatewaySettings.put("successPattern", "\"code\":0");
            sms.update(gatewaySettings);
            KarafConsole.run(sessions, "feature:install banli-notify-email");
            KarafConsole.run(sessions, "feature:install banli-notify-sms");
            await().atMost(Duration.ofSeconds(60)).until(() -> installed("email") && installed("sms"));
            assertEquals(
                    200,
                    li.put("/inbox/channels", json("channels", List.of("email", "sms")))
                            .status());

            long id = county.register("邮件短信测试：关于整治校园周边交通的建议");
            county.assign(id);

            await().atMost(Duration.ofSeconds(30)).until(() -> gateway.sent.size() == 1);
            assertEquals("13900139000", gateway.sent.get(0)[0]);
            String text = gateway.sent.get(0)[1];
            assertTrue(text, text.startsWith("【县政府办】【交办】") && text.length() <= 70);
            // The server knows the mailbox only once the first mail for it has arrived.
            await().atMost(Duration.ofSeconds(30))
                    .ignoreExceptions()
                    .until(() -> Pop3.mailbox(address).size() == 1);
            String received = Pop3.mailbox(address).get(0);
            assertTrue(received, received.contains("X-Banli-Event: item.assigned"));
            assertTrue("the subject travels encoded: " + received, received.contains("Subject: =?UTF-8?"));
            assertTrue(received.contains("To: =?UTF-8?"));
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> admin.get("/outbox")
                                            .body()
                                            .path("email")
                                            .path("DELIVERED")
                                            .asLong()
                                    >= 1
                            && admin.get("/outbox")
                                            .body()
                                            .path("sms")
                                            .path("DELIVERED")
                                            .asLong()
                                    >= 1);
            await().atMost(Duration.ofSeconds(30)).until(() -> inboxTotal(li) == 1);
        } finally {
            KarafConsole.run(sessions, "feature:uninstall banli-notify-email");
            KarafConsole.run(sessions, "feature:uninstall banli-notify-sms");
            email.delete();
            sms.delete();
            registration.unregister();
        }
    }
}
