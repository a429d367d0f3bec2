package org.banli.core.internal.demo;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.banli.api.item.ContactMethod;
import org.banli.api.item.ContactPhase;
import org.banli.api.item.Item;
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
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A county's year for demonstrations and trials, made by taking every item through the real workflow. */
@Component(service = DemoService.class)
public class DemoData implements DemoService {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final ZoneId COUNTY = ZoneId.of("Asia/Shanghai");

    /** Units with the topics they handle: {code, name, category, three titles}. */
    private static final String[][] UNITS = {
        {"jyj", "县教育局", "教育", "关于改善农村学校午餐条件的建议", "关于加强乡村教师队伍建设的建议", "关于增设城区幼儿园学位的建议"},
        {"jtj", "县交通运输局", "交通", "关于开通城乡公交夜班线路的建议", "关于修缮通村公路的建议", "关于规范网约车管理的建议"},
        {"slj", "县水利局", "农业农村", "关于加固小型水库堤坝的建议", "关于治理河道淤积的建议", "关于保障农村饮水安全的建议"},
        {"wjj", "县卫生健康局", "医疗卫生", "关于提升乡镇卫生院诊疗能力的建议", "关于推进家庭医生签约服务的建议", "关于加强老年人健康管理的建议"},
        {"zjj", "县住房和城乡建设局", "城乡建设", "关于加快老旧小区改造的建议", "关于增设公共停车位的建议", "关于完善城区排水管网的建议"},
        {"mzj", "县民政局", "社会保障", "关于发展社区养老服务的建议", "关于规范殡葬服务收费的建议", "关于关爱农村留守儿童的建议"},
    };

    private static final String[] DEPUTIES = {"赵建国", "钱秀英", "孙志强", "李春梅", "周德明", "吴丽华", "郑国庆", "王桂兰"};
    private static final String[] MEMBERS = {"冯晓东", "陈雅琴", "褚卫平", "卫红霞", "蒋立新", "沈玉珍"};
    private static final ItemStatus[] STATES = ItemStatus.values();
    private static final String REPLY_TEXT = "经研究，我单位高度重视代表（委员）提出的意见，已组织专题调研并与代表（委员）当面沟通，"
            + "现将办理情况答复如下：一是将相关工作纳入年度重点任务；二是明确责任科室和完成时限；三是定期向代表（委员）通报进展。"
            + "感谢对我县工作的关心和支持。";

    private final ItemService items;
    private final UnitService units;
    private final UserService users;
    private final Clock clock;

    @Activate
    public DemoData(@Reference ItemService items, @Reference UnitService units, @Reference UserService users) {
        this(items, units, users, Clock.systemUTC());
    }

    public DemoData(ItemService items, UnitService units, UserService users, Clock clock) {
        this.items = items;
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
        Map<ItemStatus, Integer> byStatus = new EnumMap<>(ItemStatus.class);
        for (int n = 0; n < count; n++) {
            int u = n % UNITS.length;
            boolean proposal = n % 3 == 2;
            Actor submitter = proposal
                    ? submitters.get(DEPUTIES.length + n % MEMBERS.length)
                    : submitters.get(n % DEPUTIES.length);
            String[] unit = UNITS[u];
            Actor[] co = unitStaff.get((u + 1) % UNITS.length);
            Item item = items.register(
                    office,
                    new ItemDraft(
                            proposal ? ItemKind.PROPOSAL : ItemKind.SUGGESTION,
                            null,
                            proposal ? unit[3 + n % 3].replace("的建议", "的提案") : unit[3 + n % 3],
                            "我县" + unit[2] + "方面仍有短板，群众反映强烈。建议：一、加大投入；二、明确责任；三、定期通报进展。",
                            submitter.username(),
                            unit[2],
                            n % 7 == 0,
                            n % 7 == 0 ? leader.username() : null,
                            n % 11 == 0 ? Urgency.URGENT : Urgency.NORMAL,
                            n % 2 == 0));
            new Story(
                            item.id(),
                            office,
                            supervisor,
                            unitStaff.get(u)[0],
                            unitStaff.get(u)[1],
                            co[0],
                            submitter,
                            n % 4 == 0 ? UNITS[(u + 1) % UNITS.length][0] : null)
                    .takeTo(STATES[n % STATES.length], n);
            byStatus.merge(items.get(office, item.id()).status(), 1, Integer::sum);
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
            made.add(username + " " + name + " (" + role + ")");
        }
        return UserService.actorOf(user);
    }

    private static String password() {
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        return "demo-" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** One item taken through the workflow, step by step, by the people whose step it is. */
    private final class Story {
        private final long id;
        private final Actor office;
        private final Actor supervisor;
        private final Actor handler;
        private final Actor head;
        private final Actor coHandler;
        private final Actor submitter;
        private final String coUnit;

        Story(
                long id,
                Actor office,
                Actor supervisor,
                Actor handler,
                Actor head,
                Actor coHandler,
                Actor submitter,
                String coUnit) {
            this.id = id;
            this.office = office;
            this.supervisor = supervisor;
            this.handler = handler;
            this.head = head;
            this.coHandler = coHandler;
            this.submitter = submitter;
            this.coUnit = coUnit;
        }

        private void step(Actor actor, Step step) {
            items.perform(actor, id, null, step, "demo");
        }

        void takeTo(ItemStatus target, int n) {
            if (target == ItemStatus.REGISTERED) {
                return;
            }
            step(office, new Step.Assign(handler.unitCode(), coUnit == null ? List.of() : List.of(coUnit), "按职责交办"));
            if (coUnit != null) {
                step(coHandler, new Step.Accept());
                step(coHandler, new Step.CoUnitOpinion("我单位同意主办单位的办理意见，将在职责范围内积极配合。"));
            }
            if (target == ItemStatus.ASSIGNED) {
                return;
            }
            step(handler, new Step.Accept());
            LocalDate today = LocalDate.now(clock.withZone(COUNTY));
            step(
                    handler,
                    new Step.RecordContact(
                            ContactPhase.BEFORE,
                            n % 3 == 0 ? ContactMethod.PHONE : ContactMethod.VISIT,
                            today,
                            "提出人、" + handler.username(),
                            "办前与提出人当面沟通，听取具体意见和诉求。"));
            if (target == ItemStatus.HANDLING) {
                step(supervisor, new Step.IssueNotice(handler.unitCode(), "请加快办理进度，按期答复。", today.plusDays(7)));
                return;
            }
            ReplyClass replyClass = target == ItemStatus.FOLLOW_UP
                    ? ReplyClass.B
                    : new ReplyClass[] {ReplyClass.A, ReplyClass.B, ReplyClass.C}[n % 3];
            reply(replyClass, today);
            if (target == ItemStatus.REPLY_APPROVED) {
                return;
            }
            step(handler, new Step.SubmitReply());
            if (target == ItemStatus.UNDER_REVIEW) {
                return;
            }
            step(office, new Step.ReviewReply(true, "符合要求"));
            if (target == ItemStatus.REPLIED) {
                return;
            }
            if (target == ItemStatus.REHANDLING || target == ItemStatus.CONSULTATION) {
                step(submitter, new Step.Rate(Satisfaction.UNSATISFIED, null, null, "答复没有解决实际问题"));
                if (target == ItemStatus.REHANDLING) {
                    return;
                }
                reply(ReplyClass.C, today);
                step(handler, new Step.SubmitReply());
                step(office, new Step.ReviewReply(true, null));
                step(submitter, new Step.Rate(Satisfaction.UNSATISFIED, null, null, "仍未解决"));
                return;
            }
            step(
                    submitter,
                    new Step.Rate(
                            n % 2 == 0 ? Satisfaction.SATISFIED : Satisfaction.BASICALLY_SATISFIED,
                            null,
                            null,
                            "办理认真"));
            if (target == ItemStatus.CLOSED && replyClass == ReplyClass.B) {
                long commitment = items.dossier(office, id)
                        .latestAcceptedReply()
                        .orElseThrow()
                        .commitments()
                        .get(0)
                        .id();
                step(handler, new Step.UpdateCommitment(commitment, today, "承诺事项已全部落实。"));
            }
        }

        private void reply(ReplyClass replyClass, LocalDate today) {
            List<Step.CommitmentDraft> commitments = replyClass == ReplyClass.B
                    ? List.of(new Step.CommitmentDraft("年内完成相关项目建设", today.plusMonths(6)))
                    : List.of();
            step(
                    handler,
                    new Step.DraftReply(
                            replyClass,
                            replyClass == ReplyClass.C ? LimitReason.BEYOND_COUNTY_FINANCES : null,
                            REPLY_TEXT,
                            commitments,
                            "办公室 王老师",
                            "0571-86001234",
                            "县人大常委会代表工作委员会"));
            if (coUnit != null) {
                step(coHandler, new Step.Countersign());
            }
            step(head, new Step.ApproveReply());
        }
    }
}
