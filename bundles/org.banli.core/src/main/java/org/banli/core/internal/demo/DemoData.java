package org.banli.core.internal.demo;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.banli.api.Actor;
import org.banli.api.RuleViolationException;
import org.banli.api.Text;
import org.banli.api.demo.DemoService;
import org.banli.api.demo.DemoYear;
import org.banli.api.item.Commitment;
import org.banli.api.item.ContactMethod;
import org.banli.api.item.ContactPhase;
import org.banli.api.item.ItemDraft;
import org.banli.api.item.ItemKind;
import org.banli.api.item.ItemService;
import org.banli.api.item.ItemStatus;
import org.banli.api.item.LimitReason;
import org.banli.api.item.ReplyClass;
import org.banli.api.item.Satisfaction;
import org.banli.api.item.Step;
import org.banli.api.item.Urgency;
import org.banli.api.unit.Unit;
import org.banli.api.unit.UnitService;
import org.banli.api.user.Role;
import org.banli.api.user.User;
import org.banli.api.user.UserDraft;
import org.banli.api.user.UserService;
import org.banli.core.internal.Access;
import org.banli.core.internal.workflow.CountyProfile;
import org.banli.core.internal.workflow.PastSteps;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A county's year for demonstrations and trials, made by taking every item through the real workflow as it would have
 * run over the past months: the year's batch registered half a year ago on the county's working days, replies written
 * weeks later, ratings arriving days after the reply (a few within minutes, which Banli flags), some items overdue and
 * some at risk today.
 */
@Component(service = DemoService.class)
public class DemoData implements DemoService {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    /** Units with the topics they handle: {code, name, category, three titles}. */
    private static final String[][] UNITS = {
        {"jyj", "县教育局", "教育", "关于改善农村学校午餐条件的建议", "关于加强乡村教师队伍建设的建议", "关于增设城区幼儿园学位的建议"},
        {"jtj", "县交通运输局", "交通", "关于开通城乡公交夜班线路的建议", "关于修缮通村公路的建议", "关于规范网约车管理的建议"},
        {"slj", "县水利局", "农业农村", "关于加固小型水库堤坝的建议", "关于治理河道淤积的建议", "关于保障农村饮水安全的建议"},
        {"wjj", "县卫生健康局", "医疗卫生", "关于提升乡镇卫生院诊疗能力的建议", "关于推进家庭医生签约服务的建议", "关于加强老年人健康管理的建议"},
        {"zjj", "县住房和城乡建设局", "城乡建设", "关于加快老旧小区改造的建议", "关于增设公共停车位的建议", "关于完善城区排水管网的建议"},
        {"mzj", "县民政局", "社会保障", "关于发展社区养老服务的建议", "关于规范殡葬服务收费的建议", "关于关爱农村留守儿童的建议"},
    };

    /** Each unit's contact person for replies, by the unit's place in {@link #UNITS}. */
    private static final String[] CONTACTS = {"办公室 王慧", "综合科 陈刚", "办公室 李娟", "医政科 周明", "办公室 吴婷", "办公室 郑磊"};

    private static final String[] DEPUTIES = {"赵建国", "钱秀英", "孙志强", "李春梅", "周德明", "吴丽华", "郑国庆", "王桂兰"};
    private static final String[] MEMBERS = {"冯晓东", "陈雅琴", "褚卫平", "卫红霞", "蒋立新", "沈玉珍"};
    private static final ItemStatus[] STATES = ItemStatus.values();

    /** How a reply of each class opens and what it says was done, varied from item to item; {0} is the matter. */
    private static final Map<ReplyClass, String[]> REPLIES = Map.of(
            ReplyClass.A,
            new String[] {
                "您提出的关于{0}的建议收悉。我单位高度重视，经实地调研，已将相关工作列入今年重点任务，现已全部落实：一是安排专项资金；"
                        + "二是明确责任科室，倒排工期；三是建立长效管理机制。办理过程中多次与您当面沟通，感谢您对我县工作的关心和支持。",
                "关于{0}的问题，我单位收到建议后即组织专题研究，会同相关乡镇逐一现场核实，目前问题已经解决，群众反映良好。" + "下一步我们将加强日常巡查，防止问题反弹，并定期向您通报情况。",
                "经研究，您所提{0}一事，我单位已于近期完成整改：相关设施已投入使用，管理制度已印发执行。" + "今后我们将继续听取代表委员意见，持续改进工作。",
            },
            ReplyClass.B,
            new String[] {
                "您提出的关于{0}的建议，我单位已纳入年度工作计划。目前已完成前期调研和方案论证，资金已列入预算，" + "将按下列承诺分步实施，并及时向您通报进展。",
                "关于{0}，我单位经与财政、自然资源等部门会商，确定分两期解决：一期工程已开工建设，二期将在承诺时限内完成。" + "实施过程中将邀请您实地察看。",
                "对您关心的{0}问题，我单位已制定工作方案，明确责任人和时间表，正在有序推进，计划在承诺时限内全部完成。",
            },
            ReplyClass.C,
            new String[] {
                "您提出的关于{0}的建议很有价值。经认真研究，因涉及资金量较大，超出县级财力，目前暂不具备实施条件，" + "我单位已向上级部门争取项目支持，并将在编制下一年度计划时统筹考虑。",
                "关于{0}，经调研论证，受现行政策和上级规划限制，短期内难以解决。我单位已将您的意见整理上报，" + "待条件成熟时优先安排，并将持续与您保持沟通。",
            });

    /** Office hours from nine, in minutes: the latest a step of the day is put. */
    private static final int OFFICE_MINUTES = 510;

    private static final String[] PRAISE = {"办理认真，问题已解决", "沟通及时，答复具体", "基本解决，希望持续跟进", "态度很好，落实到位"};

    private final PastSteps past;
    private final UnitService units;
    private final UserService users;
    private final Clock clock;

    @Activate
    public DemoData(@Reference PastSteps past, @Reference UnitService units, @Reference UserService users) {
        this(past, units, users, Clock.systemUTC());
    }

    public DemoData(PastSteps past, UnitService units, UserService users, Clock clock) {
        this.past = past;
        this.units = units;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public DemoYear generate(Actor actor, int count) {
        Access.requireRole(actor, Role.ADMIN, Text.Label.GENERATE_DEMO_DATA);
        if (count < 1 || count > MAX_ITEMS) {
            throw RuleViolationException.of("count", Text.of(Text.Code.DEMO_COUNT, "max", MAX_ITEMS));
        }
        String password = password();
        List<String> madeUnits = new ArrayList<>();
        List<String> accounts = new ArrayList<>();
        for (String[] unit : UNITS) {
            if (units.find(unit[0]).isEmpty()) {
                units.create(actor, new Unit(unit[0], unit[1]));
                madeUnits.add(unit[0] + " " + unit[1]);
            }
        }
        Actor office = account(actor, accounts, password, "demo-office", "政府办 刘敏", Role.OFFICE, null);
        Actor supervisor = account(actor, accounts, password, "demo-duban", "督查室 高峰", Role.SUPERVISOR, null);
        Actor leader = account(actor, accounts, password, "demo-leader", "张副县长", Role.LEADER, null);
        List<Actor[]> unitStaff = new ArrayList<>();
        for (String[] unit : UNITS) {
            Actor handler =
                    account(actor, accounts, password, unit[0] + "-staff", unit[1] + "经办人", Role.HANDLER, unit[0]);
            Actor head = account(actor, accounts, password, unit[0] + "-head", unit[1] + "局长", Role.UNIT_HEAD, unit[0]);
            unitStaff.add(new Actor[] {handler, head});
        }
        List<Actor> submitters = new ArrayList<>();
        for (int i = 0; i < DEPUTIES.length; i++) {
            submitters.add(account(
                    actor,
                    accounts,
                    password,
                    String.format("deputy%02d", i + 1),
                    DEPUTIES[i] + "代表",
                    Role.SUBMITTER,
                    null));
        }
        for (int i = 0; i < MEMBERS.length; i++) {
            submitters.add(account(
                    actor,
                    accounts,
                    password,
                    String.format("member%02d", i + 1),
                    MEMBERS[i] + "委员",
                    Role.SUBMITTER,
                    null));
        }
        CountyProfile county = past.county();
        Calendar calendar = new Calendar(county, LocalDate.now(clock.withZone(county.zone())));
        Map<ItemStatus, Integer> byStatus = new EnumMap<>(ItemStatus.class);
        for (int n = 0; n < count; n++) {
            int u = n % UNITS.length;
            boolean proposal = n % 3 == 2;
            Actor submitter = proposal
                    ? submitters.get(DEPUTIES.length + n % MEMBERS.length)
                    : submitters.get(n % DEPUTIES.length);
            String[] unit = UNITS[u];
            Actor[] co = unitStaff.get((u + 1) % UNITS.length);
            ItemStatus target = STATES[n % STATES.length];
            boolean urgent = n % 11 == 0;
            Story story = new Story(
                    calendar,
                    n,
                    office,
                    supervisor,
                    unitStaff.get(u)[0],
                    unitStaff.get(u)[1],
                    co[0],
                    submitter,
                    n % 4 == 0 ? UNITS[(u + 1) % UNITS.length][0] : null,
                    CONTACTS[u]);
            String title = proposal ? unit[3 + n % 3].replace("的建议", "的提案") : unit[3 + n % 3];
            story.register(
                    target,
                    urgent,
                    new ItemDraft(
                            proposal ? ItemKind.PROPOSAL : ItemKind.SUGGESTION,
                            null,
                            title,
                            "我县" + unit[2] + "方面仍有短板，群众反映强烈。建议：一、加大投入；二、明确责任；三、定期通报进展。",
                            submitter.username(),
                            unit[2],
                            n % 7 == 0,
                            n % 7 == 0 ? leader.username() : null,
                            urgent ? Urgency.URGENT : Urgency.NORMAL,
                            n % 2 == 0));
            story.takeTo(target, title);
            byStatus.merge(story.status(), 1, Integer::sum);
            if ((n + 1) % 10 == 0 || n + 1 == count) {
                LOG.info("演示数据 (demo data): {}/{} items", n + 1, count);
            }
        }
        LOG.info(
                "Demo year by {}: {} units and {} accounts created, {} items {}",
                actor.username(),
                madeUnits.size(),
                accounts.size(),
                count,
                byStatus);
        return new DemoYear(madeUnits, accounts, accounts.isEmpty() ? null : password, count, byStatus);
    }

    private Actor account(
            Actor admin, List<String> made, String password, String username, String name, Role role, String unit) {
        User user = users.find(username).orElse(null);
        if (user == null) {
            user = users.create(admin, new UserDraft(username, name, password, Set.of(role), unit, null, null));
            made.add(username + " " + name + "（" + role.chinese() + "）");
        }
        return UserService.actorOf(user);
    }

    private static String password() {
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        return "demo-" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** The county's working days up to today, and the moments of the year's steps on them. */
    private final class Calendar {
        private final CountyProfile county;
        private final LocalDate today;
        /** Where the stories have got to, and the workflow reading its time from there: one for the whole year. */
        private final StoryClock storyClock = new StoryClock(Instant.EPOCH);

        private final ItemService items = past.at(storyClock);
        /** When the year's batch came in after the sessions: half a year ago. */
        private final LocalDate batch;

        Calendar(CountyProfile county, LocalDate today) {
            this.county = county;
            this.today = today;
            this.batch = past.workingDayOnOrBefore(today.minusDays(200));
        }

        LocalDate workingDaysBefore(LocalDate date, int days) {
            LocalDate day = past.workingDayOnOrBefore(date);
            for (int i = 0; i < days; i++) {
                day = past.workingDayOnOrBefore(day.minusDays(1));
            }
            return day;
        }

        /** {@code days} working days after {@code date}, but never after today. */
        LocalDate later(LocalDate date, int days) {
            LocalDate day = past.plusWorkingDays(date, days);
            return day.isAfter(today) ? past.workingDayOnOrBefore(today) : day;
        }

        /**
         * A moment of office hours that day, {@code minutes} after nine. Today's steps are spread, in their order,
         * over the part of today that has passed, so that none lies in the future.
         */
        Instant at(LocalDate day, int minutes) {
            if (day.isBefore(today)) {
                return day.atTime(LocalTime.of(9, 0))
                        .plusMinutes(minutes)
                        .atZone(county.zone())
                        .toInstant();
            }
            Instant midnight = today.atStartOfDay(county.zone()).toInstant();
            long passed = java.time.Duration.between(midnight, clock.instant()).toSeconds();
            return midnight.plusSeconds(passed * Math.min(minutes, OFFICE_MINUTES) / (OFFICE_MINUTES + 1));
        }
    }

    /** A clock that stands where the story has got to. */
    private static final class StoryClock extends Clock {
        private Instant now;

        StoryClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** One item taken through the workflow, step by step and day by day, by the people whose step it is. */
    private final class Story {
        private final Calendar calendar;
        private final int n;
        private final Actor office;
        private final Actor supervisor;
        private final Actor handler;
        private final Actor head;
        private final Actor coHandler;
        private final Actor submitter;
        private final String coUnit;
        private final String contactPerson;
        private final StoryClock storyClock;
        private final ItemService items;
        private long id;
        private LocalDate day;
        private int minutes;
        private int replyMonths;

        Story(
                Calendar calendar,
                int n,
                Actor office,
                Actor supervisor,
                Actor handler,
                Actor head,
                Actor coHandler,
                Actor submitter,
                String coUnit,
                String contactPerson) {
            this.calendar = calendar;
            this.storyClock = calendar.storyClock;
            this.items = calendar.items;
            this.n = n;
            this.office = office;
            this.supervisor = supervisor;
            this.handler = handler;
            this.head = head;
            this.coHandler = coHandler;
            this.submitter = submitter;
            this.coUnit = coUnit;
            this.contactPerson = contactPerson;
        }

        /** Moves the story to that day, at an hour of the morning that differs from item to item. */
        private void on(LocalDate next) {
            day = next;
            minutes = (n * 37) % 300;
        }

        private void step(Actor actor, Step step) {
            storyClock.now = calendar.at(day, minutes);
            minutes += 7 + n % 11;
            items.perform(actor, id, null, step, "demo");
        }

        ItemStatus status() {
            return items.get(office, id).status();
        }

        /**
         * Registers the item on the day its story needs: those still waiting came in days ago, those at the reply
         * stage months ago, the rest with the year's batch.
         */
        void register(ItemStatus target, boolean urgent, ItemDraft draft) {
            CountyProfile county = calendar.county;
            replyMonths = urgent ? county.urgentReplyMonths() : county.replyMonths();
            LocalDate dueAround = calendar.today.minusMonths(replyMonths);
            LocalDate assigned = switch (target) {
                case REGISTERED -> calendar.workingDaysBefore(calendar.today, n % 4);
                case ASSIGNED -> calendar.workingDaysBefore(calendar.today, 1 + n % 3);
                // Half of those being handled are overdue, the others due within the at-risk days.
                case HANDLING ->
                    (n / STATES.length) % 2 == 0
                            ? past.workingDayOnOrBefore(dueAround.minusDays(5 + n % 20))
                            : past.workingDayOnOrBefore(
                                    dueAround.plusDays(2 + n % Math.max(1, county.atRiskDays() - 3)));
                case REPLY_APPROVED, UNDER_REVIEW, REPLIED ->
                    past.workingDayOnOrBefore(dueAround.plusDays(20 + n % 10));
                default -> past.plusWorkingDays(calendar.batch, n % 6);
            };
            on(target == ItemStatus.REGISTERED ? assigned : calendar.workingDaysBefore(assigned, 5 + n % 3));
            storyClock.now = calendar.at(day, minutes);
            id = items.register(office, draft).id();
            on(assigned);
        }

        void takeTo(ItemStatus target, String title) {
            if (target == ItemStatus.REGISTERED) {
                return;
            }
            step(office, new Step.Assign(handler.unitCode(), coUnit == null ? List.of() : List.of(coUnit), "按职责交办"));
            if (target == ItemStatus.ASSIGNED) {
                return;
            }
            on(calendar.later(day, 1 + n % 2));
            step(handler, new Step.Accept());
            if (coUnit != null) {
                step(coHandler, new Step.Accept());
            }
            on(calendar.later(day, 2 + n % 5));
            step(
                    handler,
                    new Step.RecordContact(
                            ContactPhase.BEFORE,
                            n % 3 == 0 ? ContactMethod.PHONE : ContactMethod.VISIT,
                            day,
                            submitter.username().startsWith("member") ? "提案人、" + contactPerson : "代表、" + contactPerson,
                            n % 2 == 0 ? "办前与提出人当面沟通，听取具体意见和诉求。" : "电话联系提出人，了解问题的具体位置和群众诉求。"));
            if (coUnit != null) {
                on(calendar.later(day, 3 + n % 4));
                step(coHandler, new Step.CoUnitOpinion("我单位同意主办单位的办理意见，将在职责范围内积极配合。"));
            }
            if (target == ItemStatus.HANDLING) {
                if ((n / STATES.length) % 2 == 0) {
                    on(calendar.workingDaysBefore(calendar.today, 3));
                    step(
                            supervisor,
                            new Step.IssueNotice(
                                    handler.unitCode(), "该件已超过答复期限，请加快办理，尽快答复。", calendar.today.plusDays(7)));
                }
                return;
            }
            ReplyClass replyClass = target == ItemStatus.FOLLOW_UP
                    ? ReplyClass.B
                    : new ReplyClass[] {ReplyClass.A, ReplyClass.B, ReplyClass.C}[n % 3];
            boolean recent = target == ItemStatus.REPLY_APPROVED
                    || target == ItemStatus.UNDER_REVIEW
                    || target == ItemStatus.REPLIED;
            // Replies take weeks: within the deadline, the later ones near it.
            on(
                    recent
                            ? calendar.workingDaysBefore(calendar.today, 4)
                            : past.workingDayOnOrBefore(day.plusDays(replyMonths * 30L * (40 + n % 45) / 100)));
            reply(replyClass, title, n);
            if (target == ItemStatus.REPLY_APPROVED) {
                return;
            }
            on(recent ? calendar.workingDaysBefore(calendar.today, 2) : calendar.later(day, 1));
            step(handler, new Step.SubmitReply());
            if (target == ItemStatus.UNDER_REVIEW) {
                return;
            }
            on(recent ? calendar.workingDaysBefore(calendar.today, 1) : calendar.later(day, 2 + n % 2));
            step(office, new Step.ReviewReply(true, n % 5 == 0 ? "答复规范，同意答复" : null));
            if (target == ItemStatus.REPLIED) {
                return;
            }
            rate(
                    target == ItemStatus.REHANDLING || target == ItemStatus.CONSULTATION
                            ? Satisfaction.UNSATISFIED
                            : n % 2 == 0 ? Satisfaction.SATISFIED : Satisfaction.BASICALLY_SATISFIED);
            if (target == ItemStatus.REHANDLING) {
                return;
            }
            if (target == ItemStatus.CONSULTATION) {
                on(calendar.later(day, 10 + n % 5));
                reply(ReplyClass.C, title, n + 1);
                on(calendar.later(day, 1));
                step(handler, new Step.SubmitReply());
                on(calendar.later(day, 2));
                step(office, new Step.ReviewReply(true, null));
                rate(Satisfaction.UNSATISFIED);
                return;
            }
            if (target == ItemStatus.CLOSED && replyClass == ReplyClass.B) {
                for (Commitment commitment : items.dossier(office, id)
                        .latestAcceptedReply()
                        .orElseThrow()
                        .commitments()) {
                    on(calendar.later(day, 10 + n % 10));
                    step(handler, new Step.UpdateCommitment(commitment.id(), day, "承诺事项已落实，经提出人现场察看确认。"));
                }
            }
        }

        /** The submitter's rating: most come days after the reply, every seventh within minutes of it (and flagged). */
        private void rate(Satisfaction satisfaction) {
            if (n % 7 == 3) {
                minutes += 5;
            } else {
                on(calendar.later(day, 3 + n % 9));
            }
            step(
                    submitter,
                    new Step.Rate(
                            satisfaction,
                            null,
                            null,
                            satisfaction == Satisfaction.UNSATISFIED
                                    ? "答复没有解决实际问题，希望重新办理"
                                    : PRAISE[n % PRAISE.length]));
        }

        private void reply(ReplyClass replyClass, String title, int variant) {
            String[] texts = REPLIES.get(replyClass);
            String matter = title.replaceFirst("^关于", "").replaceFirst("的(建议|提案)$", "");
            List<Step.CommitmentDraft> commitments = replyClass == ReplyClass.B
                    ? List.of(
                            new Step.CommitmentDraft("完成" + matter + "一期工作", day.plusMonths(2 + variant % 3)),
                            new Step.CommitmentDraft("全面完成" + matter, day.plusMonths(6 + variant % 4)))
                    : List.of();
            step(
                    handler,
                    new Step.DraftReply(
                            replyClass,
                            replyClass == ReplyClass.C
                                    ? (variant % 2 == 0
                                            ? LimitReason.BEYOND_COUNTY_FINANCES
                                            : LimitReason.BEYOND_COUNTY_AUTHORITY)
                                    : null,
                            texts[variant % texts.length].replace("{0}", matter),
                            commitments,
                            contactPerson,
                            String.format("0571-8600%04d", 1000 + variant % 9000),
                            submitter.username().startsWith("member") ? "县政协提案委员会" : "县人大常委会代表工作委员会"));
            if (coUnit != null) {
                step(coHandler, new Step.Countersign());
            }
            on(calendar.later(day, 1));
            step(head, new Step.ApproveReply());
        }
    }
}
