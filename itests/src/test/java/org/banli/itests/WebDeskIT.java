package org.banli.itests;

import static org.banli.itests.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web desk in a real headless Chromium (Debian's chromium and chromium-driver) against the
 * real distribution started with {@code bin/start}: one item's whole path through every role's
 * page, in order, each test leaving a screenshot of the page it checked in
 * {@code target/screenshots/}. One distribution and one browser for the class.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebDeskIT {

    private static final String TITLE = "关于改善城关小学周边交通秩序的建议";
    private static final String REPLY =
            "经研究，我局已会同县交警大队在城关小学门口增设护学岗和限速标志，上下学时段安排专人疏导，" + "并将校门前道路纳入今年的道路改造计划。感谢您对教育工作的关心和支持。";
    private static final String MARKUP = "<img src=x onerror=\"document.title='pwned'\"><b>加粗</b>的标题";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static UnpackedDistribution distribution;
    private static Api admin;
    private static final String SECOND_ADMIN_INITIAL = "管理员设的初始密码-2026";
    private static ChromeDriver browser;
    private static WebDriverWait wait;
    private static long itemId;

    @BeforeAll
    static void startDistributionAndBrowser() throws Exception {
        distribution = UnpackedDistribution.unpack("web-it");
        distribution.quickPasswordHashes();
        Processes.run(distribution.home, List.of("bin/start"), Map.of(), null);
        Path passwordFile = distribution.home.resolve("data/banli/admin-password.txt");
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> Files.exists(passwordFile)
                        && !Files.readString(passwordFile).isBlank());
        String generated = Files.readString(passwordFile).strip();
        Api anonymous = distribution.api();
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .until(() -> anonymous.get("/health").status() == 200
                        && anonymous.as("admin", generated).get("/users/me").status() == 200);
        admin = anonymous.ownPassword("admin", generated, generated + "-管理员自设");
        county();
        Files.createDirectories(SCREENSHOTS);

        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--lang=zh-CN",
                "--window-size=1280,1000",
                "--user-data-dir=" + Files.createTempDirectory("banli-chromium"));
        // A browser twenty hours behind the county: a date taken from the browser's clock is a day off most of the day.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .withEnvironment(Map.of("TZ", "Etc/GMT+12"))
                .build();
        // The console, to see that no page breaks the content security policy.
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (distribution != null && distribution.isRunning()) {
            distribution.stop();
        }
    }

    /** Two units and one account per role, made through the API as an administrator would. */
    private static void county() {
        assertEquals(
                201, admin.post("/units", json("code", "jyj", "name", "县教育局")).status());
        assertEquals(
                201, admin.post("/units", json("code", "jtj", "name", "县交通运输局")).status());
        user("office", "政府办张科长", "OFFICE", null);
        user("jyj-handler", "教育局李经办", "HANDLER", "jyj");
        user("jyj-head", "王局长", "UNIT_HEAD", "jyj");
        user("jtj-handler", "交通局赵经办", "HANDLER", "jtj");
        user("deputy", "陈代表", "SUBMITTER", null);
        user("duban", "督查室刘主任", "SUPERVISOR", null);
        // A second administrator, left with the password the first one chose for them.
        assertEquals(
                201,
                admin.post(
                                "/users",
                                json(
                                        "username",
                                        "admin2",
                                        "displayName",
                                        "信息中心孙工",
                                        "password",
                                        SECOND_ADMIN_INITIAL,
                                        "roles",
                                        List.of("ADMIN")))
                        .status());
    }

    /** An account as the administrator makes it, whose owner has set their own password since. */
    private static void user(String username, String name, String role, String unit) {
        distribution
                .api()
                .account(
                        admin,
                        password(username),
                        "username",
                        username,
                        "displayName",
                        name,
                        "roles",
                        List.of(role),
                        "unitCode",
                        unit);
    }

    private static String password(String username) {
        return username + "-密码-2026";
    }

    @Test
    @Order(1)
    void sessionsAreHttpOnlyStrictAndEveryWriteNeedsTheTokenFromTheSameOrigin() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(URI.create(distribution.url("/"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("/js/app.js"), page.body());
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("default-src 'self'") && policy.contains("frame-ancestors 'none'"), policy);
        assertEquals(
                "nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        for (String outside : List.of(
                "/META-INF/MANIFEST.MF",
                "/org/banli/web/internal/DeskServlet.class",
                "/js/../../etc/users.properties")) {
            int status = http.send(
                            HttpRequest.newBuilder(URI.create(distribution.url(outside)))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .statusCode();
            assertTrue(status == 404 || status == 400, outside + " is not served: " + status);
        }

        HttpResponse<String> wrong = login(http, "office", "wrong-password");
        assertEquals(401, wrong.statusCode());
        assertFalse(wrong.headers().firstValue("WWW-Authenticate").isPresent(), "no browser dialog for the desk");
        HttpResponse<String> login = login(http, "office", password("office"));
        assertEquals(200, login.statusCode(), login.body());
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
        String session = cookie.substring(0, cookie.indexOf(';'));
        String token = Api.JSON.readTree(login.body()).path("csrfToken").asText();
        String item = json("kind", "SUGGESTION", "title", "会话测试", "body", "内容", "submitter", "deputy");

        assertEquals(
                403,
                http.send(write(session, null, null, item), HttpResponse.BodyHandlers.ofString())
                        .statusCode(),
                "a write without the token is refused");
        assertEquals(
                403,
                http.send(write(session, token, "http://evil.example", item), HttpResponse.BodyHandlers.ofString())
                        .statusCode(),
                "a write from another origin is refused");
        Api office = distribution.api().as("office", password("office"));
        JsonNode listed = office.get("/items").body();
        assertTrue(listed.path("total").isNumber(), listed.toString());
        long before = listed.path("total").asLong();
        HttpResponse<String> written =
                http.send(write(session, token, distribution.url(""), item), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, written.statusCode(), written.body());
        assertEquals(before + 1, office.get("/items").body().path("total").asLong(), "only the proper write counted");

        HttpResponse<String> logout = http.send(
                HttpRequest.newBuilder(URI.create(distribution.url("/api/v1/session")))
                        .header("Cookie", session)
                        .header("X-Banli-CSRF", token)
                        .DELETE()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(204, logout.statusCode());
        assertEquals(
                401,
                http.send(
                                HttpRequest.newBuilder(URI.create(distribution.url("/api/v1/session")))
                                        .header("Cookie", session)
                                        .header("X-Banli-Client", "desk")
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode(),
                "the session ended at logout");
    }

    private static HttpResponse<String> login(HttpClient http, String username, String password) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(distribution.url("/api/v1/session")))
                        .header("Content-Type", "application/json")
                        .header("X-Banli-Client", "desk")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                json("username", username, "password", password), StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest write(String cookie, String token, String origin, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(distribution.url("/api/v1/items")))
                .header("Cookie", cookie)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("X-Banli-CSRF", token);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        return request.build();
    }

    @Test
    @Order(2)
    void anAdministratorChangesTheInitialPasswordFirstThenSeesPluginsAndAccounts() throws Exception {
        open("#/login");
        click(By.cssSelector("#who button[lang=en]"));
        wait.until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "Log in"));
        click(By.cssSelector("#who button[lang=zh]"));
        wait.until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "登录"));
        submitLogin("admin2", SECOND_ADMIN_INITIAL);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "您的密码是系统生成或管理员设置的初始密码"));
        assertEquals(
                403,
                withBrowserSession(distribution.url("/api/v1/items")).statusCode(),
                "nothing but the password change until it is changed");
        type("currentPassword", SECOND_ADMIN_INITIAL);
        type("newPassword", "管理员的新密码-2026");
        type("repeat", "管理员的新密码-2026");
        click(By.cssSelector("main button[type=submit]"));
        wait.until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "系统管理"));
        assertEquals(
                200,
                distribution.api().as("admin2", "管理员的新密码-2026").get("/units").status());
        String page = text("main");
        assertTrue(page.contains("org.banli.report.pdf") && page.contains("0.1.0"), "plugins with versions: " + page);
        assertTrue(page.contains("教育局李经办") && page.contains("县交通运输局"), page);
        screenshot("01-admin");
    }

    /** A GET with the browser's session cookie, which the test reads through the driver, not a script. */
    private static HttpResponse<String> withBrowserSession(String url) throws Exception {
        org.openqa.selenium.Cookie cookie = browser.manage().getCookieNamed("banli_session");
        assertTrue(cookie.isHttpOnly(), "out of scripts' reach");
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Cookie", "banli_session=" + cookie.getValue())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @Order(3)
    void theOfficeRegistersWithMessagesNextToTheFieldsAndAssigns() throws Exception {
        logIn("office");
        open("#/register");
        click(By.cssSelector("main form button[type=submit]"));
        wait.until(d -> !fieldError("title").isEmpty());
        assertTrue(fieldError("title").contains("标题"), fieldError("title"));
        assertFalse(fieldError("submitter").isEmpty());
        type("title", TITLE);
        type("body", "城关小学门口上下学时段交通拥堵，存在安全隐患，建议增设护学岗和限速标志。");
        assertFalse(text("main form").contains("账号"), "the form asks for people, not accounts: " + text("main form"));
        assertEquals(
                List.of("陈代表"),
                browser.findElements(By.cssSelector("[data-field=submitter] datalist option")).stream()
                        .map(option -> option.getAttribute("value"))
                        .toList(),
                "the submitters offered by name");
        type("submitter", "陈代表");
        type("category", "教育");
        click(By.cssSelector("main form button[type=submit]"));
        WebElement link = wait.until(ExpectedConditions.elementToBeClickable(By.linkText(TITLE)));
        String registered = text("main .notice");
        assertTrue(registered.contains("年建议第"), registered);
        link.click();
        wait.until(ExpectedConditions.textToBe(By.id("item-title"), TITLE));
        itemId = Long.parseLong(
                browser.findElement(By.cssSelector("article[data-item]")).getAttribute("data-item"));
        assertTrue(
                text("main dl.meta").contains("陈代表") && !text("main dl.meta").contains("deputy"),
                "the submitter by name alone: " + text("main dl.meta"));
        Select host = new Select(browser.findElement(By.cssSelector("[data-step=assign] select[name=hostUnit]")));
        assertEquals(
                "", host.getFirstSelectedOption().getAttribute("value"), "no unit is chosen for the office beforehand");
        host.selectByValue("jyj");
        submit("assign");
        awaitStatus("已交办");
        assertEquals(
                "jyj",
                admin.get("/items/" + itemId)
                        .body()
                        .path("progress")
                        .path("hostUnit")
                        .asText());
        assertTrue(text("#timeline").contains("交办"), text("#timeline"));
        screenshot("02-office-assigned");
    }

    @Test
    @Order(4)
    void theHandlerFindsItInTheQueueAcceptsContactsAndDraftsWithTheFormatCheckInline() throws Exception {
        // The desk counts the unread messages when it opens: wait until the outbox has delivered the assignment.
        Api handlerApi = distribution.api().as("jyj-handler", password("jyj-handler"));
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() ->
                        handlerApi.get("/inbox/unread").body().path("count").asInt() >= 1);
        logIn("jyj-handler");
        wait.until(d -> !d.findElement(By.id("unread")).getText().isEmpty());
        assertTrue(Integer.parseInt(text("#unread")) >= 1, "the assignment reached the inbox: " + text("#unread"));
        WebElement toAccept = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-group=to-accept] tr[data-item='" + itemId + "']")));
        assertTrue(toAccept.getText().contains("剩"), "days left on the row: " + toAccept.getText());
        assertEquals(
                List.of("to-accept"),
                browser.findElements(By.cssSelector("section.group")).stream()
                        .map(group -> group.getAttribute("data-group"))
                        .toList(),
                "only the groups with work, no empty cards");
        assertTrue(text("#empty-groups").contains("首次联系到期"), text("#empty-groups"));
        assertTrue(text("main").contains("本单位全部件"), "and the unit's whole list below");
        screenshot("03-handler-queue");
        toAccept.findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.textToBe(By.id("item-title"), TITLE));
        submit("accept");
        awaitStatus("办理中");

        assertEquals(
                LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(),
                find("[data-step=contacts] input[name=date]").getAttribute("value"),
                "the contact's day is the county's");
        new Select(find("[data-step=contacts] select[name=phase]")).selectByValue("BEFORE");
        new Select(find("[data-step=contacts] select[name=method]")).selectByValue("VISIT");
        type("[data-step=contacts]", "participants", "陈代表、李经办");
        type("[data-step=contacts]", "summary", "登门听取代表对学校周边交通的意见。");
        submit("contacts");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "登门听取代表"));

        new Select(find("[data-step=reply-draft] select[name=replyClass]")).selectByValue("A");
        type("[data-step=reply-draft]", "text", "已研究。");
        submit("reply-draft");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#reply-check .notice.error")));
        assertTrue(replyFieldError("text").contains("过短"), replyFieldError("text"));
        assertTrue(replyFieldError("contactPhone").contains("电话"), replyFieldError("contactPhone"));
        WebElement editor = find("[data-step=reply-draft]");
        assertTrue(
                editor.getSize().getWidth() > find("#actions").getSize().getWidth() * 9 / 10,
                "the reply editor takes the width of the steps: " + editor.getSize() + " of "
                        + find("#actions").getSize());
        WebElement commitment = editor.findElement(By.cssSelector("[data-field=commitments] button.secondary"));
        commitment.click();
        assertTrue(
                editor.findElement(By.cssSelector(".commitment-text")).getSize().getWidth() > 200,
                "a commitment's text has room");
        editor.findElement(By.cssSelector(".commitment-row button")).click();
        screenshot("04-handler-format-check");
        find("[data-step=reply-draft] [name=contactPhone]").sendKeys("0");
        assertEquals("", replyFieldError("contactPhone"), "a field's refusal goes once the field is changed");
        assertFalse(replyFieldError("text").isEmpty(), "the others' stay until they are changed");

        type("[data-step=reply-draft]", "text", REPLY);
        type("[data-step=reply-draft]", "contactPerson", "李经办");
        type("[data-step=reply-draft]", "contactPhone", "0571-88886666");
        submit("reply-draft");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reply-check"), "规范化检查通过"));
        assertEquals(
                "DRAFT",
                admin.get("/items/" + itemId)
                        .body()
                        .path("replies")
                        .path(0)
                        .path("state")
                        .asText());
        screenshot("05-handler-draft");
    }

    @Test
    @Order(5)
    void theUnitHeadSendsBackThenApprovesAndTheHandlerSubmits() throws Exception {
        logIn("jyj-head");
        openFromList("approvals");
        screenshot("06-head-approvals");
        wait.until(ExpectedConditions.textToBe(By.id("reply-text"), REPLY));
        type("[data-step=reply-send-back]", "remark", "请写明护学岗的设立时间");
        submit("reply-send-back");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "请写明护学岗的设立时间"));

        logIn("jyj-handler");
        openFromList("returned");
        submit("reply-draft");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reply-check"), "规范化检查通过"));

        logIn("jyj-head");
        openFromList("approvals");
        submit("reply-approval");
        awaitStatus("已审定");
        wait.withMessage("the approval signs the reply in the head's name")
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "签发人：王局长"));
        wait.withMessage("an approved draft can still be sent back")
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-step=reply-send-back]")));
        assertTrue(browser.findElements(By.cssSelector("[data-step=reply-approval]"))
                .isEmpty());
        assertEquals(
                List.of("reply-send-back"),
                browser.findElements(By.cssSelector("#actions [data-step]")).stream()
                        .map(step -> step.getAttribute("data-step"))
                        .toList(),
                "the head's step and nothing of the handler's");
        List<String> headSteps = new java.util.ArrayList<>();
        distribution
                .api()
                .as("jyj-head", password("jyj-head"))
                .get("/items/" + itemId)
                .body()
                .path("steps")
                .forEach(step -> headSteps.add(step.asText()));
        assertEquals(List.of("reply-send-back"), headSteps, "as the item's answer says");

        logIn("jyj-handler");
        open("#/items/" + itemId);
        wait.withMessage("the handler can still revise an approved draft")
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-step=reply-draft]")));
        submit("reply-submission");
        awaitStatus("待审核");
        screenshot("07-handler-submitted");
    }

    /** Opens the item from its row in a group of the person's first page. */
    private static void openFromList(String group) {
        wait.until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("[data-group=" + group + "] tr[data-item='" + itemId + "'] a")))
                .click();
        wait.until(ExpectedConditions.textToBe(By.id("item-title"), TITLE));
    }

    @Test
    @Order(6)
    void theOfficeAcceptsTheReply() throws Exception {
        logIn("office");
        openFromList("to-review");
        click(By.cssSelector("[data-step=reply-review] input[type=radio][value=true]"));
        submit("reply-review");
        awaitStatus("已答复");
        screenshot("08-office-accepted");
    }

    @Test
    @Order(7)
    void theDeputyOnAPhoneConfirmsTheContactReadsTheReplyAndRates() throws Exception {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            logIn("deputy");
            WebElement card = wait.until(
                    ExpectedConditions.presenceOfElementLocated(By.cssSelector("article[data-item='" + itemId + "']")));
            assertTrue(card.getText().contains("已答复"), card.getText());
            screenshot("09-deputy-mine-phone");
            card.findElement(By.linkText(TITLE)).click();
            wait.until(ExpectedConditions.textToBe(By.id("reply-text"), REPLY));
            HttpResponse<String> letter =
                    withBrowserSession(browser.findElement(By.linkText("查看答复函")).getAttribute("href"));
            assertEquals(200, letter.statusCode());
            assertTrue(letter.body().contains("陈代表") && letter.body().contains("护学岗"), letter.body());
            assertTrue(
                    letter.body().contains("签发人") && letter.body().contains("王局长"), "signed by the head who approved");
            assertFalse(letter.body().contains("Signed by"), "an official letter is Chinese only");
            assertTrue(
                    letter.headers()
                            .firstValue("Content-Disposition")
                            .orElse("")
                            .startsWith("inline"),
                    "the letter opens in the browser, to read and print");
            HttpResponse<String> pdf =
                    withBrowserSession(browser.findElement(By.linkText("下载PDF")).getAttribute("href"));
            assertEquals(200, pdf.statusCode());
            assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
            assertTrue(browser.findElement(By.linkText("下载Word")).isDisplayed());
            assertFalse(text("main").contains("答复期限"), "no internal deadline for the deputy: " + text("main"));
            assertTrue(
                    browser.findElements(By.cssSelector("main .notice.error")).isEmpty(), "nothing reads as an error");
            assertEquals(
                    Boolean.TRUE,
                    browser.executeScript("return Boolean(document.getElementById('reply-text')"
                            + ".compareDocumentPosition(document.querySelector('[data-step=rating]'))"
                            + " & Node.DOCUMENT_POSITION_FOLLOWING)"),
                    "the reply comes before the rating");
            click(By.cssSelector("[data-step=contact-confirmation] input[type=radio][value=true]"));
            submit("contact-confirmation");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "提出人已确认"));
            click(By.cssSelector("[data-step=rating] input[type=radio][value=SATISFIED]"));
            type("[data-step=rating]", "comment", "护学岗已经设立，很满意！");
            submit("rating");
            awaitStatus("已办结");
            String ratedAt = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                    .format(Instant.parse(admin.get("/items/" + itemId)
                                    .body()
                                    .path("ratings")
                                    .path(0)
                                    .path("at")
                                    .asText())
                            .atZone(ZoneId.of("Asia/Shanghai")));
            wait.withMessage("moments in the county's time, not the browser's (twenty hours behind)")
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), ratedAt));
            int width = ((Number) browser.executeScript("return document.documentElement.scrollWidth")).intValue();
            assertTrue(width <= 400, "no sideways scrolling on a phone: " + width);
            screenshot("10-deputy-rated-phone");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
        JsonNode item = admin.get("/items/" + itemId).body();
        assertEquals(
                "SATISFIED", item.path("ratings").path(0).path("satisfaction").asText());
        assertEquals(
                "护学岗已经设立，很满意！", item.path("ratings").path(0).path("comment").asText());
    }

    @Test
    @Order(8)
    void theSupervisorsDashboardShowsEachUnitsFigures() throws Exception {
        logIn("duban");
        WebElement row = wait.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#unit-figures tr[data-unit=jyj]")));
        String figures = row.getText();
        assertTrue(figures.contains("县教育局") && figures.contains("100.0%"), figures);
        int units =
                browser.findElements(By.cssSelector("#unit-figures tbody tr")).size();
        assertEquals(
                3 + 3 * units,
                browser.findElements(By.cssSelector("svg.chart rect")).size(),
                "a legend of three and three bars for each unit");
        assertEquals("0", text("[data-figure=overdue] strong"));
        assertTrue(
                text("[data-figure=at-risk]").contains("15天内"),
                "at risk means the county's at-risk days (etc/org.banli.handling.cfg), not the desk's own");
        @SuppressWarnings("unchecked")
        List<String> requested = (List<String>) browser.executeScript("return performance.getEntriesByType('resource')"
                + ".map(e => e.name).filter(n => n.includes('/api/v1/') && !n.includes('/api/v1/session'))");
        assertEquals(
                new java.util.HashSet<>(requested).size(),
                requested.size(),
                "after the login the first page is drawn once, each of its requests sent once: " + requested);
        screenshot("11-supervisor-dashboard");
        click(By.cssSelector("#who button[lang=en]"));
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "Supervision dashboard"));
        assertTrue(text("#unit-figures thead").contains("Reply rate"), text("#unit-figures thead"));
        assertTrue(text("#nav").contains("Assessment"), text("#nav"));
        assertEquals(
                "item 987654321 not found",
                refusalOf("/items/987654321"),
                "the desk asks for refusals in the language its reader chose");
        click(By.cssSelector("#who button[lang=zh]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "督办看板"));
        assertEquals("件 987654321 不存在", refusalOf("/items/987654321"));

        open("#/assessment");
        WebElement ranked =
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#ranking tr[data-unit=jyj]")));
        assertTrue(ranked.getText().startsWith("1") && ranked.getText().contains("县教育局"), ranked.getText());
        assertFalse(ranked.findElements(By.cssSelector("li")).isEmpty(), "each unit's score is explained");
        screenshot("12-supervisor-assessment");

        open("#/reports");
        new Select(find("main select[name=report]")).selectByValue("unit-statistics");
        new Select(find("main select[name=format]")).selectByValue("csv");
        click(By.cssSelector("main button[type=submit]"));
        String href = find("#report-link a").getAttribute("href");
        assertTrue(href.contains("/api/v1/reports/unit-statistics?format=csv&year="), href);
        HttpResponse<String> report = withBrowserSession(href);
        assertEquals(200, report.statusCode());
        assertTrue(report.body().contains("县教育局"), "the link downloads the report with the session: " + report.body());
    }

    @Test
    @Order(9)
    void aHandlerWhoTypesAnotherUnitsItemAddressSeesNoData() throws Exception {
        logIn("jtj-handler");
        open("#/items/" + itemId);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "未找到，或您无权查看"));
        String page = browser.getPageSource();
        assertFalse(page.contains(TITLE) || page.contains(REPLY), "nothing of the item reaches the page");
        screenshot("13-other-unit-no-data");
    }

    @Test
    @Order(10)
    void anItemTitledWithMarkupShowsItAsText() throws Exception {
        Api office = distribution.api().as("office", password("office"));
        Api.Answer registered = office.post(
                "/items",
                json(
                        "kind",
                        "PROPOSAL",
                        "title",
                        MARKUP,
                        "body",
                        "<script>document.title='pwned'</script>正文",
                        "submitter",
                        "deputy"));
        assertEquals(201, registered.status(), registered.toString());
        logIn("office");
        open("#/items/" + registered.body().path("id").asLong());
        wait.until(ExpectedConditions.textToBe(By.id("item-title"), MARKUP));
        assertEquals("<script>document.title='pwned'</script>正文", text("#item-body"));
        assertTrue(browser.findElements(By.cssSelector("#item-title img, #item-title b, main script"))
                .isEmpty());
        assertFalse(browser.getTitle().contains("pwned"));
        open("#/office");
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-group=to-assign]"), MARKUP));
        assertTrue(browser.findElements(By.cssSelector("main img")).isEmpty());
        screenshot("14-markup-as-text");
    }

    @Test
    @Order(11)
    void theOfficeApprovesAReturnRequestAndTheItemMovesToTheUnitItChose() throws Exception {
        Api office = distribution.api().as("office", password("office"));
        long id = office.post(
                        "/items",
                        json(
                                "kind",
                                "SUGGESTION",
                                "title",
                                "关于农村公路养护的建议",
                                "body",
                                "建议加强农村公路日常养护。",
                                "submitter",
                                "deputy"))
                .body()
                .path("id")
                .asLong();
        assertEquals(200, office.step(id, "assign", json("hostUnit", "jyj")).status());
        Api.Answer asked = distribution
                .api()
                .as("jyj-handler", password("jyj-handler"))
                .step(id, "return-request", json("reason", "公路养护属交通运输局职责"));
        assertEquals(200, asked.status(), asked.toString());

        logIn("office");
        open("#/items/" + id);
        wait.withMessage("the request and its reason are shown")
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "公路养护属交通运输局职责"));
        click(By.cssSelector("[data-step=return-decision] input[type=radio][value=true]"));
        new Select(find("[data-step=return-decision] select[name=hostUnit]")).selectByValue("jtj");
        type("[data-step=return-decision]", "reason", "同意改由交通运输局主办");
        submit("return-decision");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main dl.meta"), "县交通运输局"));
        assertEquals(
                "jtj",
                office.get("/items/" + id)
                        .body()
                        .path("progress")
                        .path("hostUnit")
                        .asText());
        screenshot("15-office-return-decided");
    }

    @Test
    @Order(12)
    void theOfficeDisclosesTheReplyAndThePublicReadsItWithoutLogin() throws Exception {
        logIn("office");
        open("#/items/" + itemId);
        click(By.cssSelector("[data-step=disclosure] input[name=publicReply]"));
        type("[data-step=disclosure]", "reason", "群众关注的热点问题");
        submit("disclosure");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline"), "设定公开"));
        click(By.cssSelector("#who button.link:last-child"));
        wait.until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "登录"));
        assertTrue(
                browser.manage().getCookieNamed("banli_session") == null
                        || browser.manage()
                                .getCookieNamed("banli_session")
                                .getValue()
                                .isEmpty(),
                "logged out");

        click(By.linkText("查看公开的答复（无需登录）"));
        WebElement reply = wait.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("article[data-item='" + itemId + "']")));
        assertTrue(
                reply.getText().contains(TITLE)
                        && reply.getText().contains("护学岗")
                        && reply.getText().contains("县教育局"),
                reply.getText());
        assertFalse(reply.getText().contains("88886666"), "no contact details in public: " + reply.getText());
        screenshot("16-public-replies");
    }

    @Test
    @Order(13)
    void theDeputyMarksEveryMessageReadAtOnce() throws Exception {
        Api deputy = distribution.api().as("deputy", password("deputy"));
        assertTrue(deputy.get("/inbox/unread").body().path("count").asInt() >= 1, "messages wait unread");
        logIn("deputy");
        open("#/inbox");
        click(By.id("read-all"));
        wait.withMessage("the badge empties").until(ExpectedConditions.textToBe(By.id("unread"), ""));
        assertEquals(0, deputy.get("/inbox/unread").body().path("count").asInt());
        assertTrue(browser.findElements(By.cssSelector("main .tag.key")).isEmpty(), "no message is marked unread");
        screenshot("17-inbox-all-read");
    }

    @Test
    @Order(14)
    void anAdministratorResetsAndDisablesAnAccountAndItsOwnerIsLockedOut() throws Exception {
        user("jtj-clerk", "交通局钱文员", "HANDLER", "jtj");
        String clerkSession = distribution.api().sessionCookie("jtj-clerk", password("jtj-clerk"));
        assertEquals(
                200, distribution.api().getWithCookie("/items", clerkSession).status());

        browser.manage().deleteAllCookies();
        open("#/login");
        submitLogin("admin2", "管理员的新密码-2026");
        wait.until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "系统管理"));
        click(By.linkText("交通局钱文员"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "交通局钱文员"));
        assertEquals(
                "县交通运输局",
                new Select(find("main [name=unitCode]"))
                        .getFirstSelectedOption()
                        .getText(),
                "the unit by name");
        screenshot("18-admin-account");

        List<WebElement> confirmations = browser.findElements(By.cssSelector("main details.confirm"));
        assertEquals(2, confirmations.size(), "disable and reset, each behind a question");
        WebElement reset = confirmations.get(1);
        reset.findElement(By.tagName("summary")).click();
        assertTrue(reset.getText().contains("原密码随即失效"), reset.getText());
        reset.findElement(By.cssSelector("button[type=submit]")).click();
        String shown = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main .notice")))
                .getText();
        java.util.regex.Matcher temporary =
                java.util.regex.Pattern.compile("临时密码：(\\S+?)（").matcher(shown);
        assertTrue(temporary.find(), shown);
        screenshot("19-admin-password-reset");
        assertEquals(
                401, distribution.api().getWithCookie("/items", clerkSession).status(), "a reset ends the web login");
        assertEquals(
                401,
                distribution
                        .api()
                        .as("jtj-clerk", password("jtj-clerk"))
                        .get("/users/me")
                        .status(),
                "and the old password");
        Api clerk = distribution.api().as("jtj-clerk", temporary.group(1));
        assertEquals(200, clerk.get("/users/me").status());
        assertTrue(clerk.get("/users/me").body().path("mustChangePassword").asBoolean(), "to be changed first");
        assertEquals(403, clerk.get("/items").status(), "nothing else until then");

        WebElement disable =
                browser.findElements(By.cssSelector("main details.confirm")).get(0);
        disable.findElement(By.tagName("summary")).click();
        disable.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1 .tag"), "已停用"));
        String record = text("#account-changes");
        assertTrue(
                record.contains("停用") && record.contains("管理员重置密码") && record.contains("信息中心孙工"),
                "who did what, by name: " + record);
        assertEquals(401, clerk.get("/users/me").status(), "a disabled account's password opens nothing");

        browser.manage().deleteAllCookies();
        open("#/login");
        submitLogin("jtj-clerk", temporary.group(1));
        String refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main .form-error")))
                .getText();
        assertFalse(refusal.isBlank());
        assertEquals("登录", text("main h1"), "still at the login: " + refusal);
        screenshot("20-disabled-login-refused");
    }

    @Test
    @Order(15)
    void theApiReferenceIsServedByBanliUnderItsOwnPolicy() throws Exception {
        browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER); // what earlier pages said
        browser.get(distribution.url("/reference/"));
        wait.withMessage("the reference lists every operation")
                .until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".opblock"), 60));
        WebElement createUnit = browser.findElements(By.cssSelector(".opblock-post")).stream()
                .filter(operation -> operation.getText().contains("/api/v1/units"))
                .findFirst()
                .orElseThrow();
        createUnit.findElement(By.cssSelector(".opblock-summary")).click();
        wait.until(ExpectedConditions.textToBePresentInElement(createUnit, "县教育局"));
        List<String> refused =
                browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                        .map(org.openqa.selenium.logging.LogEntry::getMessage)
                        .filter(message -> message.contains("Content Security Policy") || message.contains("Refused"))
                        .toList();
        assertTrue(refused.isEmpty(), "everything from Banli itself, within its policy: " + refused);
        screenshot("21-api-reference");
    }

    @Test
    @Order(16)
    void everyFormPicksPeopleUnitsAndItemsByNameAndNumber() throws Exception {
        Api office = distribution.api().as("office", password("office"));
        long taker = register(office, "关于城关小学门前增设护学岗的建议");
        long taken = register(office, "关于城关小学上下学时段交通疏导的建议");
        JsonNode takenItem = office.get("/items/" + taken).body();
        String takenLabel = takenItem.path("label").asText();

        logIn("office");
        open("#/register");
        assertNamesOnly("登记");
        open("#/items/" + taker);
        assertNamesOnly("件的页面");
        WebElement merge = find("[data-step=merge]");
        WebElement pick = merge.findElement(By.cssSelector("input[name=items]"));
        pick.sendKeys(takenItem.path("number").asText());
        String offered = takenLabel + " " + "关于城关小学上下学时段交通疏导的建议";
        wait.withMessage(() -> "the item of that number offered by its number and title: " + offered + " among "
                        + merge.findElement(By.cssSelector("[data-field=items]"))
                                .getAttribute("innerHTML"))
                .until(d -> merge.findElements(By.cssSelector("datalist option")).stream()
                        .anyMatch(option -> offered.equals(option.getAttribute("value"))));
        assertTrue(
                merge.findElements(By.cssSelector("datalist option")).stream()
                        .noneMatch(option -> option.getAttribute("value")
                                .startsWith(office.get("/items/" + taker)
                                                .body()
                                                .path("label")
                                                .asText() + " ")),
                "not the item itself");
        pick.clear();
        pick.sendKeys(offered);
        wait.until(
                ExpectedConditions.textToBePresentInElement(merge.findElement(By.cssSelector(".chips")), takenLabel));
        pick.sendKeys("不存在的件");
        merge.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(d -> !merge.findElement(By.cssSelector("[data-field=items] .field-error"))
                .getText()
                .isEmpty());
        assertTrue(
                merge.findElement(By.cssSelector("[data-field=items] .field-error"))
                        .getText()
                        .contains("不存在的件"),
                "an item typed that matches none is named, and nothing is sent");
        assertEquals(
                "REGISTERED",
                office.get("/items/" + taken).body().path("status").asText());
        pick.clear();
        merge.findElement(By.cssSelector("[name=reason]")).sendKeys("内容相同，并案办理");
        merge.findElement(By.cssSelector("button[type=submit]")).click();
        wait.withMessage("merged")
                .until(d -> office.get("/items/" + taken)
                                .body()
                                .path("progress")
                                .path("mergedInto")
                                .asLong()
                        == taker);
        assertTrue(text("main").contains(takenLabel), "the merged item listed on the page that took it in");
        screenshot("22-office-merged-by-number");

        logIn("duban");
        open("#/reports");
        assertNamesOnly("报表");
        JsonNode replied = office.get("/items/" + itemId).body();
        new Select(find("main select[name=report]")).selectByValue("reply-letter");
        new Select(find("main select[name=format]")).selectByValue("html");
        WebElement item = find("main input[name=item]");
        item.sendKeys(replied.path("number").asText());
        String letterOf =
                replied.path("label").asText() + " " + replied.path("title").asText();
        wait.until(d -> d.findElements(By.cssSelector("main [data-field=item] datalist option")).stream()
                .anyMatch(option -> letterOf.equals(option.getAttribute("value"))));
        item.clear();
        item.sendKeys(letterOf);
        click(By.cssSelector("main button[type=submit]"));
        String href = find("#report-link a").getAttribute("href");
        assertTrue(href.contains("item=" + itemId), "the item picked by its number: " + href);
        assertEquals(200, withBrowserSession(href).statusCode());
        open("#/items/" + taker);
        assertNamesOnly("督办");
        screenshot("23-forms-by-name");
    }

    @Test
    @Order(17)
    void anAdministratorMakesABelievableDemoYearFromTheDesk() throws Exception {
        browser.manage().deleteAllCookies();
        open("#/login");
        submitLogin("admin2", "管理员的新密码-2026");
        wait.until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "系统管理"));
        type("count", "60");
        WebElement generate = browser.findElements(By.cssSelector("main form")).stream()
                .filter(form ->
                        !form.findElements(By.cssSelector("[name=count]")).isEmpty())
                .findFirst()
                .orElseThrow();
        generate.findElement(By.cssSelector("button[type=submit]")).click();
        String password = wait.withMessage("the demonstration accounts' password, shown once")
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("demo-password")))
                .getText();
        assertTrue(password.startsWith("demo-"), password);
        assertTrue(text("#demo-result").contains("demo-office 政府办 刘敏（政府办）"), text("#demo-result"));
        screenshot("24-admin-demo-year");

        open("#/dashboard");
        int overdue = Integer.parseInt(text("[data-figure=overdue] strong"));
        int atRisk = Integer.parseInt(text("[data-figure=at-risk] strong"));
        assertTrue(
                overdue >= 2 && atRisk >= 1,
                "a year with something to show: " + overdue + " overdue, " + atRisk + " at risk");
        screenshot("25-demo-year-dashboard");
    }

    @Test
    @Order(18)
    void theOfficeImportsTheYearsBatchFromASpreadsheetPreviewFirst() throws Exception {
        Api office = distribution.api().as("office", password("office"));
        logIn("office");
        open("#/import");
        java.nio.file.Path sheet = java.nio.file.Files.createTempFile("2087年建议", ".csv");
        java.nio.charset.Charset gb18030 = java.nio.charset.Charset.forName("GB18030");
        String header = "编号,标题,领衔代表,附议代表,内容,拟主办单位\r\n";
        String good = "1,关于在城关小学门口增设护学岗的建议,陈代表,李娜、王芳,城关小学门口上下学时段拥堵，建议增设护学岗。,教育局\r\n";
        java.nio.file.Files.write(sheet, (header + good + "2,关于修缮河西乡村道的建议,无名氏,,河西乡村道年久失修。,县外星局\r\n").getBytes(gb18030));
        type("year", "2087");
        find("main input[type=file]").sendKeys(sheet.toString());
        click(By.cssSelector("main form button[type=submit]"));
        String problems = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-problems")))
                .getText();
        assertTrue(
                problems.contains("第3行“领衔代表”：提出人 无名氏 不是已登记的代表或委员") && problems.contains("第3行“拟主办单位”：没有名为 县外星局 的单位"),
                problems);
        assertTrue(browser.findElements(By.id("import-confirm")).isEmpty(), "no confirmation while anything is wrong");
        screenshot("26-office-import-problems");

        java.nio.file.Files.write(
                sheet, (header + good + ",关于整治城关段交通拥堵的建议,陈代表,,G318线城关段早晚高峰拥堵。,\r\n").getBytes(gb18030));
        find("main input[type=file]").sendKeys(sheet.toString());
        click(By.cssSelector("main form button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-summary"), "将登记 2 件"));
        assertTrue(text("#import-rows").contains("县教育局"), "the proposed host by its name: " + text("#import-rows"));
        assertEquals(0, office.get("/items?year=2087").body().path("total").asInt(), "a preview writes nothing");
        click(By.id("import-confirm"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-summary"), "已登记 2 件"));
        assertTrue(
                text("#import-rows").contains("2087年建议第1号")
                        && text("#import-rows").contains("2087年建议第2号"),
                text("#import-rows"));
        screenshot("27-office-imported");
        assertEquals(2, office.get("/items?year=2087").body().path("total").asInt());
        long first = office.get("/items?year=2087&number=1")
                .body()
                .path("items")
                .get(0)
                .path("id")
                .asLong();
        open("#/items/" + first);
        String meta = text("main dl.meta");
        assertTrue(meta.contains("李娜、王芳") && meta.contains("县教育局"), "what the sheet said, on the item: " + meta);
        open("#/import");
        type("year", "2087");

        find("main input[type=file]").sendKeys(sheet.toString());
        click(By.cssSelector("main form button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-summary"), "此前已登记 2 件"));
        assertTrue(browser.findElements(By.id("import-confirm")).isEmpty(), "nothing new to import");
        java.nio.file.Files.delete(sheet);
    }

    @Test
    @Order(19)
    void theOfficeSeesLikelyDuplicatesOnTheItemAndInThePreviewAndMergesOne() throws Exception {
        Api office = distribution.api().as("office", password("office"));
        long sand = registerIn(office, 2086, "关于治理龙溪河上游非法采砂的建议", "龙溪河上游非法采砂屡禁不止，河床下切，堤岸垮塌，建议联合执法，严厉打击非法采砂。", "水利");
        long again = registerIn(office, 2086, "关于严厉打击龙溪河盗采河砂行为的建议", "龙溪河上游盗采河砂猖獗，堤岸垮塌，希望有关部门联合执法，打击非法采砂。", "水利");
        logIn("office");
        open("#/items/" + sand);
        WebElement duplicate = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#similar [data-similar='" + again + "']")));
        assertTrue(
                duplicate.getText().contains("2086年建议第") && duplicate.getText().contains("堤岸"), duplicate.getText());
        assertTrue(text("#similar").contains("本年同类可能重复件"), text("#similar"));
        screenshot("28-item-similar");
        click(By.cssSelector("#similar [data-merge='" + again + "']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "并入本件的件"));
        assertEquals(
                sand,
                office.get("/items/" + again)
                        .body()
                        .path("progress")
                        .path("mergedInto")
                        .asLong(),
                "merged from the similar items' list");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("#similar [data-similar='" + again + "']")));

        open("#/import");
        type("year", "2086");
        java.nio.file.Path sheet = java.nio.file.Files.createTempFile("2086年建议", ".csv");
        java.nio.file.Files.writeString(
                sheet,
                "标题,领衔代表,内容\r\n关于整治龙溪河非法采砂问题的建议,陈代表,龙溪河非法采砂严重，堤岸垮塌，建议联合执法打击非法采砂。\r\n"
                        + "关于改善农村学校午餐的建议,陈代表,农村学校午餐营养不均衡，食堂设施简陋，建议加大投入，改善学生午餐质量。\r\n"
                        + "关于提高农村学校午餐质量的建议,陈代表,建议改善农村学校食堂设施，提高学生午餐营养和质量，加大午餐投入。\r\n");
        find("main input[type=file]").sendKeys(sheet.toString());
        click(By.cssSelector("main form button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-summary"), "将登记 3 件"));
        String rows = text("#import-rows");
        assertTrue(text("[data-row='2'] .similar-cell").contains("可能重复 2 件"), rows);
        click(By.cssSelector("[data-row='2'] .similar-cell summary"));
        assertTrue(
                text("[data-row='2'] .similar-cell").contains("关于治理龙溪河上游非法采砂的建议")
                        && text("[data-row='2'] .similar-cell").contains("已并入他件"),
                "the registered item a row repeats: " + rows);
        assertTrue(text("[data-row='3'] .similar-cell").contains("与表中第 4 行相似"), rows);
        assertTrue(text("[data-row='4'] .similar-cell").contains("与表中第 3 行相似"), rows);
        screenshot("29-import-similar");
        java.nio.file.Files.delete(sheet);
    }

    @Test
    @Order(20)
    void theOfficeAssignsTheYearsBatchAtTheAssignmentMeetingFromSuggestions() throws Exception {
        Api office = distribution.api().as("office", password("office"));
        long past = registerIn(
                office, 2083, "关于整治青石镇农贸市场周边占道经营的建议", "青石镇农贸市场周边摊贩占道经营，车辆通行困难，垃圾遍地。建议划定临时摊位，整治占道经营。", "城市管理");
        assertEquals(200, office.step(past, "assign", json("hostUnit", "jtj")).status());
        long market = registerIn(
                office, 2084, "关于规范青石镇农贸市场周边摊贩占道经营的建议", "青石镇农贸市场门口摊贩占道经营，交通拥堵，卫生脏乱。建议规范摊位设置，整治占道经营。", "城市管理");
        long kindergarten = registerIn(office, 2084, "关于增加城区公办幼儿园学位的建议", "城区公办幼儿园学位紧张，报名要排队抽签，建议新建扩建公办幼儿园。", "教育");
        long museum = registerIn(office, 2084, "关于建设县博物馆的建议", "我县文物众多，至今没有博物馆，建议规划建设县博物馆。", "文化旅游");
        logIn("office");
        open("#/assign?year=2084");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("assign-rows")));
        assertEquals(
                "2084-06-30",
                find("#assign-reply-by").getAttribute("value"),
                "the county's latest reply date for the batch, from etc/org.banli.assignment.cfg");
        String marketRow = text("[data-item='" + market + "']");
        assertTrue(marketRow.contains("2083年相似的1件中1件由县交通运输局主办"), marketRow);
        assertEquals(
                "jtj",
                new Select(find("[data-item='" + market + "'] select.assign-host"))
                        .getFirstSelectedOption()
                        .getAttribute("value"));
        assertTrue(text("[data-item='" + kindergarten + "']").contains("类别 教育 → 县教育局"), text("#assign-rows"));
        assertTrue(text("[data-item='" + museum + "']").contains("无建议"), text("#assign-rows"));
        assertEquals("共 3 件，勾选交办 2 件", text("#assign-count"));
        assertNamesOnly("#/assign");
        screenshot("30-assignment-meeting");

        String replyBy = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusMonths(2).toString();
        ((JavascriptExecutor) browser)
                .executeScript("document.getElementById('assign-reply-by').value = arguments[0]", replyBy);
        click(By.id("assign-confirm"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("assign-result"), "已交办 2 件"));
        for (long id : new long[] {market, kindergarten}) {
            JsonNode item = office.get("/items/" + id).body();
            assertEquals("ASSIGNED", item.path("status").asText(), item.toString());
            assertEquals(
                    replyBy,
                    item.path("progress").path("deadline").asText(),
                    "the batch's date before the rule's three months");
        }
        assertEquals(
                "jyj",
                office.get("/items/" + kindergarten)
                        .body()
                        .path("progress")
                        .path("hostUnit")
                        .asText());
        assertEquals(
                "REGISTERED",
                office.get("/items/" + museum).body().path("status").asText(),
                "left for later");
        screenshot("31-assignment-meeting-done");
    }

    @Test
    @Order(21)
    void theOfficeMakesAccountsForNewDeputiesFromThePreviewInOneConfirmation() throws Exception {
        Api office = distribution.api().as("office", password("office"));
        logIn("office");
        open("#/import");
        type("year", "2085");
        java.nio.file.Path sheet = java.nio.file.Files.createTempFile("2085年建议", ".csv");
        java.nio.file.Files.writeString(
                sheet,
                "标题,领衔代表,内容,联系电话\r\n关于改造河西乡卫生院的建议,新当选代表,河西乡卫生院设备老旧，建议配备彩超。,13912345678\r\n"
                        + "关于增设城东新区公交线路的建议,陈代表,城东新区没有公交，群众出行不便。,\r\n");
        find("main input[type=file]").sendKeys(sheet.toString());
        click(By.cssSelector("main form button[type=submit]"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-create-submitters")));
        assertTrue(text("#import-result").contains("尚无账号：新当选代表"), text("#import-result"));
        assertTrue(browser.findElements(By.id("import-confirm")).isEmpty(), "not before the accounts are asked for");
        click(By.id("import-create-submitters"));
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("import-result"), "导入时将为 1 位提出人建立账号：新当选代表"));
        assertEquals(0, office.get("/items?year=2085").body().path("total").asInt(), "a preview writes nothing");
        click(By.id("import-confirm"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-accounts")));
        String accounts = text("#import-accounts");
        assertTrue(accounts.contains("新当选代表") && accounts.contains("deputy-2085-001"), accounts);
        screenshot("32-import-new-accounts");
        String temporary = find("#import-accounts code").getText();
        Api.Answer me = distribution.api().as("deputy-2085-001", temporary).get("/users/me");
        assertEquals(200, me.status(), "the new deputy logs in with the password shown: " + me);
        assertEquals("新当选代表", me.body().path("displayName").asText(), me.toString());
        assertEquals("13912345678", me.body().path("phone").asText(), me.toString());
        assertTrue(me.body().path("mustChangePassword").asBoolean(), me.toString());
        JsonNode items = office.get("/items?year=2085&number=1").body().path("items");
        assertEquals(
                "deputy-2085-001",
                items.get(0).path("submitter").asText(),
                "the new account is the item's lead submitter: " + items);
        java.nio.file.Files.delete(sheet);
    }

    private static long register(Api office, String title) {
        return registerIn(office, null, title, "城关小学门前道路上下学时段拥堵，建议统筹解决。", "教育");
    }

    /** An item of the office's, of a year ({@code null}: this one). */
    private static long registerIn(Api office, Integer year, String title, String body, String category) {
        Api.Answer registered = office.post(
                "/items",
                json(
                        "kind",
                        "SUGGESTION",
                        "year",
                        year,
                        "title",
                        title,
                        "body",
                        body,
                        "submitter",
                        "deputy",
                        "category",
                        category));
        assertEquals(201, registered.status(), registered.toString());
        return registered.body().path("id").asLong();
    }

    /**
     * No form on this page asks for an account, a unit code or an internal id, or offers one as a choice: every label
     * and every option a person reads names people and units by name and items by number.
     */
    private static void assertNamesOnly(String page) {
        List<WebElement> forms = wait.withMessage(page + " has forms")
                .until(ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector("main form")));
        List<String> codes = admin.get("/units").body().findValuesAsText("code");
        List<String> accounts = admin.get("/users").body().findValuesAsText("username");
        for (WebElement form : forms) {
            for (WebElement label : form.findElements(By.cssSelector("label, legend"))) {
                String text = label.getText();
                assertFalse(
                        text.contains("账号") || text.contains("ID") || text.contains("代码") || text.contains("编码"),
                        page + ": a field asks for a code: " + text);
            }
            for (WebElement option : form.findElements(By.cssSelector("option"))) {
                String shown = option.getText().isBlank() ? option.getAttribute("value") : option.getText();
                assertFalse(
                        codes.contains(shown.strip()) || accounts.contains(shown.strip()),
                        page + ": a choice shows a code: " + shown);
            }
            assertTrue(
                    form.findElements(By.cssSelector("input[type=number][name=item], input[type=number][name=items]"))
                            .isEmpty(),
                    page + ": an item asked for by id");
        }
    }

    // The browser ---------------------------------------------------------------------------------

    /** Logs in afresh: a new page with no cookie, the login form, the person's own first page. */
    /** The refusal Banli gives the desk's own API client for {@code path}, as the desk shows it. */
    private static String refusalOf(String path) {
        return (String) ((JavascriptExecutor) browser)
                .executeAsyncScript(
                        "const path = arguments[0], done = arguments[arguments.length - 1];"
                                + "import('/js/api.js').then((api) => api.get(path))"
                                + ".then(() => done('answered'), (error) => done(error.message));",
                        path);
    }

    private static void logIn(String username) {
        browser.manage().deleteAllCookies();
        open("#/login");
        submitLogin(username, password(username));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#who a[href='#/inbox']")));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("main .loading")));
    }

    private static void submitLogin(String username, String password) {
        type("username", username);
        type("password", password);
        click(By.cssSelector("main button[type=submit]"));
    }

    /** Loads the desk at this page (a fresh load, so no state of the previous page survives). */
    private static void open(String hash) {
        browser.get(distribution.url("/?page=" + System.nanoTime() + hash));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("main .loading")));
    }

    /** Takes a step on the item page: the submit button of its form. */
    private static void submit(String step) {
        click(By.cssSelector("[data-step=" + step + "] button[type=submit]"));
    }

    private static void awaitStatus(String status) {
        wait.until(ExpectedConditions.textToBe(By.id("item-status"), status));
    }

    private static WebElement find(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    private static void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    private static void type(String name, String text) {
        type("main", name, text);
    }

    private static void type(String scope, String name, String text) {
        WebElement input = find(scope + " [name=" + name + "]");
        input.clear();
        input.sendKeys(text);
    }

    private static String text(String css) {
        return find(css).getText();
    }

    private static String fieldError(String field) {
        return browser.findElement(By.cssSelector("main [data-field=" + field + "] .field-error"))
                .getText();
    }

    private static String replyFieldError(String field) {
        return browser.findElement(By.cssSelector("[data-step=reply-draft] [data-field=" + field + "] .field-error"))
                .getText();
    }

    private static void screenshot(String name) throws Exception {
        Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
