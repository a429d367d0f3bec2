package org.banli.core.internal.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.banli.api.Actor;
import org.banli.api.BanliException;
import org.banli.api.BanliException.Problem;
import org.banli.api.RuleViolationException;
import org.banli.api.RuleViolationException.Violation;
import org.banli.api.item.Commitment;
import org.banli.api.item.ContactMethod;
import org.banli.api.item.ContactPhase;
import org.banli.api.item.Dossier;
import org.banli.api.item.Item;
import org.banli.api.item.ItemAction;
import org.banli.api.item.ItemDraft;
import org.banli.api.item.ItemEvent;
import org.banli.api.item.ItemKind;
import org.banli.api.item.ItemQuery;
import org.banli.api.item.ItemStatus;
import org.banli.api.item.LimitReason;
import org.banli.api.item.Reply;
import org.banli.api.item.ReplyClass;
import org.banli.api.item.Satisfaction;
import org.banli.api.item.Step;
import org.banli.api.item.TextLimits;
import org.banli.api.item.Timing;
import org.banli.api.item.Urgency;
import org.banli.api.user.Role;
import org.banli.api.user.User;
import org.banli.core.internal.WorkflowFixture;
import org.junit.jupiter.api.Test;

/** The workflow through the service: every step with its rules, deadlines and who may see what. */
class ItemServiceImplTest extends WorkflowFixture {

    // registration ---------------------------------------------------------------------------

    @Test
    void registrationNumbersPerKindAndYearAndFillsDefaults() {
        Item first = registered();
        Item second = registered();
        Item proposal = service.register(
                OFFICE, new ItemDraft(ItemKind.PROPOSAL, 2025, "提案", "正文", "deputy", null, false, null, null, false));
        assertThat(first.number()).isEqualTo(1);
        assertThat(second.number()).isEqualTo(2);
        assertThat(proposal.number()).isEqualTo(1);
        assertThat(proposal.year()).isEqualTo(2025);
        assertThat(first.year()).isEqualTo(2026);
        assertThat(first.label()).isEqualTo("2026年建议第1号");
        assertThat(first.status()).isEqualTo(ItemStatus.REGISTERED);
    }

    @Test
    void listsLongerThanAnyItemNeedsAreRefusedBeforeTheyAreChecked() {
        List<String> thousands =
                java.util.stream.IntStream.range(0, 3000).mapToObj(i -> "u" + i).toList();
        assertThatThrownBy(() -> step(OFFICE, registered(), new Step.Assign("edu", thousands, null)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("coUnits"));
        Item item = accepted();
        Step.CommitmentDraft[] promises = java.util.stream.IntStream.range(0, Workflow.MAX_COMMITMENTS + 1)
                .mapToObj(i -> promise("修路" + i, date(2026, 6, 30)))
                .toArray(Step.CommitmentDraft[]::new);
        assertThatThrownBy(() -> step(EDU, item, draft(ReplyClass.B, promises)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("commitments"));
        List<Long> members = java.util.stream.LongStream.range(0, Workflow.MAX_MERGED + 1)
                .boxed()
                .toList();
        assertThatThrownBy(() -> step(OFFICE, registered(), new Step.Merge(members, null)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("items"));
        assertThat(service.dossier(OFFICE, item.id()).replies())
                .as("nothing was written")
                .isEmpty();
    }

    @Test
    void registrationReportsEveryBrokenRuleAtOnceAndOnlyTheOfficeRegisters() {
        ItemDraft bad = new ItemDraft(
                null, 1999, " ", "x".repeat(TextLimits.TEXT + 1), "nobody", null, false, "某领导", null, false);
        assertThatThrownBy(() -> service.register(OFFICE, bad))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactlyInAnyOrder(
                                        "kind", "title", "body", "submitter", "leadingOfficial", "year"));
        ItemDraft keyItemLedByADeputy =
                new ItemDraft(ItemKind.SUGGESTION, null, "重点件", "正文", "deputy", null, true, "deputy2", null, false);
        assertThatThrownBy(() -> service.register(OFFICE, keyItemLedByADeputy))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("leadingOfficial"));
        refused(() -> service.register(EDU, keyItemLedByADeputy), Problem.FORBIDDEN);
        assertThat(service.list(OFFICE, ItemQuery.page(0, 10)).total()).isZero();
    }

    // 交办关 -----------------------------------------------------------------------------------

    @Test
    void assignmentSetsHostCoUnitsAndTheDeadlineByUrgency() {
        Item item = assigned("tra", "wat");
        assertThat(item.status()).isEqualTo(ItemStatus.ASSIGNED);
        assertThat(item.hostUnit()).isEqualTo("edu");
        assertThat(item.deadline()).isEqualTo(date(2026, 6, 2));
        assertThat(service.dossier(OFFICE, item.id()).activeCoUnits())
                .extracting(c -> c.unitCode())
                .containsExactly("tra", "wat");
        Item urgent = service.register(
                OFFICE,
                new ItemDraft(
                        ItemKind.SUGGESTION, null, "紧急", "正文", "deputy", null, false, null, Urgency.URGENT, false));
        assertThat(step(OFFICE, urgent, new Step.Assign("tra", null, null)).deadline())
                .isEqualTo(date(2026, 4, 2));
        assertThatThrownBy(() -> step(OFFICE, registered(), new Step.Assign("edu", List.of("edu", "nope"), null)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("coUnits", "coUnits"));
    }

    @Test
    void reassignmentReleasesCoUnitsThatGoAndKeepsThoseThatStay() {
        Item item = assigned("tra");
        step(TRA, item, new Step.CoUnitOpinion("交通局意见：配合做好道路保障。"));
        step(OFFICE, item, new Step.Assign("wat", List.of("tra", "edu"), "改办水利局"));
        Dossier dossier = service.dossier(OFFICE, item.id());
        assertThat(dossier.item().hostUnit()).isEqualTo("wat");
        assertThat(dossier.activeCoUnits())
                .extracting(c -> c.unitCode() + ":" + c.opinion())
                .containsExactly("tra:交通局意见：配合做好道路保障。", "edu:null");
        refused(() -> step(OFFICE, item, new Step.Assign("wat", List.of("tra", "edu"), null)), Problem.CONFLICT);
    }

    @Test
    void aReturnRequestIsAcceptedOnlyWithinFiveWorkingDaysAndTheOfficeDecides() {
        Item item = assigned("tra");
        // Assigned Monday 2 March: the window closes after five working days, on Monday 9 March.
        assertThat(service.timing(service.dossier(OFFICE, item.id())).returnUntil())
                .isEqualTo(date(2026, 3, 9));
        step(EDU, item, new Step.RequestReturn("不属于本局职责，建议交县农业农村局"));
        refused(() -> step(EDU, item, new Step.RequestReturn("再次申请")), Problem.CONFLICT);
        refused(() -> step(EDU, item, new Step.DecideReturn(true, "wat", null, null)), Problem.FORBIDDEN);
        assertThatThrownBy(() -> step(OFFICE, item, new Step.DecideReturn(false, null, null, " ")))
                .isInstanceOf(RuleViolationException.class);
        Item reassigned = step(OFFICE, item, new Step.DecideReturn(true, "wat", null, "同意，改办水利局"));
        assertThat(reassigned.hostUnit()).isEqualTo("wat");
        assertThat(reassigned.status()).isEqualTo(ItemStatus.ASSIGNED);
        assertThat(service.dossier(OFFICE, item.id()).requests())
                .singleElement()
                .satisfies(r -> assertThat(r.approved()).isTrue());
        refused(() -> service.get(EDU, item.id()), Problem.NOT_FOUND);
        // With a stale version too: the former host learns nothing of the item, not even that it changed.
        refused(
                () -> service.perform(EDU, item.id(), item.version(), new Step.Accept(), "10.0.0.9"),
                Problem.NOT_FOUND);

        clock.advance(Duration.ofDays(8)); // Tuesday 10 March: one working day too late for the new host
        Item late = step(OFFICE, registered(), new Step.Assign("wat", null, null));
        clock.advance(Duration.ofDays(8));
        assertThatThrownBy(() ->
                        step(new Actor("h-wat", Set.of(Role.HANDLER), "wat"), late, new Step.RequestReturn("不属于本局")))
                .isInstanceOfSatisfying(BanliException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.CONFLICT);
                    assertThat(e.getMessage()).contains("5 个工作日").contains("2026-03-17");
                });
    }

    @Test
    void aCoUnitsApprovedReturnReleasesOnlyThatCoUnit() {
        Item item = assigned("tra");
        step(TRA, item, new Step.RequestReturn("与本局无关"));
        Item after = step(OFFICE, item, new Step.DecideReturn(true, null, null, null));
        assertThat(after.hostUnit()).isEqualTo("edu");
        assertThat(service.dossier(OFFICE, item.id()).activeCoUnits()).isEmpty();
    }

    // 承办关 -----------------------------------------------------------------------------------

    @Test
    void historyLinesNameUnitsAndPeopleByTheirNamesNotTheirCodes() {
        Item item = assigned("tra");
        step(TRA, item, new Step.Accept());
        step(TRA, item, new Step.CoUnitOpinion("同意"));
        step(SUPERVISOR, item, new Step.IssueNotice("edu", "请加快办理", date(2026, 3, 10)));
        assertThat(service.history(OFFICE, item.id()))
                .extracting(ItemEvent::reason)
                .contains("协办单位县交通运输局签收", "协办单位县交通运输局", "督办县教育局，2026-03-10前反馈")
                .noneMatch(reason -> reason != null && reason.matches(".*\\b(edu|tra)\\b.*"));
    }

    @Test
    void aSubmitterReadsTheProgressTheContactsAndTheAcceptedReplyButNothingInternal() {
        Item item = accepted("tra");
        step(
                EDU,
                item,
                new Step.RecordContact(ContactPhase.BEFORE, ContactMethod.VISIT, date(2026, 3, 2), "赵代表", "登门听取意见。"));
        step(SUPERVISOR, item, new Step.IssueNotice("edu", "请加快办理", date(2026, 3, 10)));
        step(TRA, item, new Step.CoUnitOpinion("同意"));
        step(EDU, item, draft(ReplyClass.A));
        step(TRA, item, new Step.Countersign());
        step(EDU_HEAD, item, new Step.ApproveReply());
        Dossier seen = service.dossier(DEPUTY, item.id());
        assertThat(seen.contacts()).hasSize(1);
        assertThat(seen.replies()).as("a reply the office has not accepted").isEmpty();
        assertThat(seen.coUnits()).isEmpty();
        assertThat(seen.notices()).isEmpty();
        assertThat(service.dossier(OFFICE, item.id()).replies()).hasSize(1);
        assertThat(service.history(DEPUTY, item.id()))
                .extracting(ItemEvent::action)
                .containsExactly(ItemAction.REGISTER, ItemAction.ASSIGN, ItemAction.ACCEPT, ItemAction.RECORD_CONTACT);

        step(EDU, item, new Step.SubmitReply());
        step(OFFICE, item, new Step.ReviewReply(true, null));
        assertThat(service.dossier(DEPUTY, item.id()).replies())
                .singleElement()
                .satisfies(r -> assertThat(r.state()).isEqualTo(Reply.State.ACCEPTED));
        assertThat(service.history(DEPUTY, item.id()))
                .extracting(ItemEvent::action)
                .endsWith(ItemAction.RECORD_CONTACT, ItemAction.REVIEW_REPLY);
    }

    @Test
    void contactsAreRecordedByTheUnitAndConfirmedOrDisputedByTheSubmitterOnly() {
        Item item = accepted();
        Step.RecordContact visit = new Step.RecordContact(
                ContactPhase.BEFORE, ContactMethod.VISIT, date(2026, 3, 2), "赵代表、张科长", "登门听取意见，代表希望增加肉蛋供应。");
        step(EDU, item, visit);
        long contactId = service.dossier(OFFICE, item.id()).contacts().get(0).id();
        refused(() -> step(EDU, item, new Step.ConfirmContact(contactId, true, null)), Problem.FORBIDDEN);
        assertThatThrownBy(() -> step(DEPUTY, item, new Step.ConfirmContact(contactId, false, null)))
                .isInstanceOf(RuleViolationException.class);
        step(DEPUTY, item, new Step.ConfirmContact(contactId, true, "属实"));
        refused(() -> step(DEPUTY, item, new Step.ConfirmContact(contactId, false, "改口")), Problem.CONFLICT);
        assertThat(service.dossier(DEPUTY, item.id()).contacts())
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.method().faceToFace()).isTrue();
                    assertThat(c.confirmed()).isTrue();
                    assertThat(c.recordedBy()).isEqualTo("h-edu");
                });
        assertThatThrownBy(() -> step(
                        EDU,
                        item,
                        new Step.RecordContact(ContactPhase.CONSULTATION, null, date(2026, 3, 9), null, null)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("phase", "method", "date", "participants", "summary"));
        refused(() -> step(EDU, assigned(), visit), Problem.CONFLICT);
    }

    @Test
    void anExtensionNeverGoesBeyondTheCountysMaximum() {
        Item item = accepted();
        assertThatThrownBy(() -> step(EDU, item, new Step.RequestExtension(date(2026, 9, 3), "需省级审批")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("2026-09-02");
        step(EDU, item, new Step.RequestExtension(date(2026, 8, 31), "需省级审批"));
        refused(() -> step(EDU, item, new Step.RequestExtension(date(2026, 7, 1), "再申请")), Problem.CONFLICT);
        Item extended = step(OFFICE, item, new Step.DecideExtension(true, date(2026, 7, 31), "同意延至7月底"));
        assertThat(extended.deadline()).isEqualTo(date(2026, 7, 31));
        refused(() -> step(OFFICE, item, new Step.DecideExtension(true, null, null)), Problem.CONFLICT);
        step(EDU, item, new Step.RequestExtension(date(2026, 8, 31), "仍需时间"));
        Item refusedExtension = step(OFFICE, item, new Step.DecideExtension(false, null, "理由不充分"));
        assertThat(refusedExtension.deadline()).isEqualTo(date(2026, 7, 31));
    }

    // 答复关 -----------------------------------------------------------------------------------

    @Test
    void submissionRunsTheFormatChecksAndListsEveryFailure() {
        Item item = accepted();
        Item approved = approved(
                item,
                new Step.DraftReply(
                        ReplyClass.B, null, "已研究。", List.of(new Step.CommitmentDraft("改造食堂", null)), null, "电话", null));
        assertThatThrownBy(() -> step(EDU, item, new Step.SubmitReply()))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("contactPerson", "contactPhone", "text", "commitments"));
        assertThat(service.get(OFFICE, item.id())).isEqualTo(approved);

        assertThatThrownBy(() -> step(
                        EDU,
                        accepted(),
                        new Step.DraftReply(
                                ReplyClass.A, LimitReason.OTHER, TEXT, List.of(promise("x", null)), null, null, null)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("limitReason", "commitments"));
        Item classC = accepted();
        approved(classC, new Step.DraftReply(ReplyClass.C, null, TEXT, List.of(), "张科长", "13800001111", null));
        assertThatThrownBy(() -> step(EDU, classC, new Step.SubmitReply()))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("limitReason"));
    }

    @Test
    void theReplyCheckShowsTheEditorWhatSubmissionWouldRefuseAndChangesNothing() {
        Item item = accepted();
        assertThat(service.replyCheck(EDU, item.id())).isEmpty();
        Item drafted = step(EDU, item, new Step.DraftReply(ReplyClass.B, null, "已研究。", List.of(), null, "电话", null));
        assertThat(service.replyCheck(EDU, item.id()))
                .extracting(Violation::field)
                .containsExactly("contactPerson", "contactPhone", "text", "commitments");
        assertThat(service.get(OFFICE, item.id())).isEqualTo(drafted);
        step(EDU_HEAD, item, new Step.ApproveReply());
        assertThat(service.replyCheck(EDU, item.id()))
                .extracting(Violation::field)
                .as("the approval signs it: no signer to get wrong")
                .containsExactly("contactPerson", "contactPhone", "text", "commitments");
        refused(() -> service.replyCheck(TRA, item.id()), Problem.NOT_FOUND);
        assertThat(service.countyRules().minimumReplyLength()).isPositive();
        assertThat(service.countyRules().timeZone())
                .as("the desk's dates are the county's")
                .isEqualTo("Asia/Shanghai");
    }

    @Test
    void theHostWaitsForCoUnitOpinionsAndCountersignsUntilTheirDeadline() {
        Item item = accepted("tra");
        approved(item, draft(ReplyClass.A));
        assertThatThrownBy(() -> step(EDU, item, new Step.SubmitReply()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("县交通运输局")
                .hasMessageContaining("2026-04-02");
        assertThat(service.timing(service.dossier(OFFICE, item.id())).warnings())
                .isEmpty();

        step(TRA, item, new Step.Accept());
        step(TRA, item, new Step.CoUnitOpinion("同意主办单位意见。"));
        assertThatThrownBy(() -> step(EDU, item, new Step.SubmitReply())).hasMessageContaining("会签");
        step(TRA_HEAD, item, new Step.Countersign());
        refused(() -> step(TRA, item, new Step.Countersign()), Problem.CONFLICT);
        assertThat(step(EDU, item, new Step.SubmitReply()).status()).isEqualTo(ItemStatus.UNDER_REVIEW);

        Item silentCoUnit = accepted("wat");
        approved(silentCoUnit, draft(ReplyClass.A));
        clock.advance(Duration.ofDays(32)); // past 2 April, the co-units' deadline
        assertThat(service.timing(service.dossier(OFFICE, silentCoUnit.id())).warnings())
                .filteredOn(w -> w.kind() == Timing.Kind.MISSING_CO_UNIT_OPINION)
                .extracting(w -> w.text().in(java.util.Locale.CHINA))
                .as("the unit by its name")
                .containsExactly("协办单位 县水利局 的协办意见已逾期（2026-04-02）");
        assertThat(step(EDU, silentCoUnit, new Step.SubmitReply()).status()).isEqualTo(ItemStatus.UNDER_REVIEW);
    }

    @Test
    void aNewDraftNeedsANewApprovalAndTheHeadMaySendItBack() {
        Item item = accepted();
        refused(() -> step(EDU, item, new Step.ApproveReply()), Problem.FORBIDDEN);
        refused(() -> step(EDU_HEAD, item, new Step.ApproveReply()), Problem.CONFLICT);
        approved(item, draft(ReplyClass.A));
        Item redrafted = step(EDU, item, draft(ReplyClass.A));
        assertThat(redrafted.status()).isEqualTo(ItemStatus.HANDLING);
        refused(() -> step(EDU, item, new Step.SubmitReply()), Problem.CONFLICT);
        Item sentBack = step(EDU_HEAD, item, new Step.SendBackReply("请补充资金安排"));
        assertThat(sentBack.status()).isEqualTo(ItemStatus.HANDLING);
        assertThat(service.dossier(OFFICE, item.id())
                        .currentReply()
                        .orElseThrow()
                        .remark())
                .isEqualTo("请补充资金安排");
        assertThat(service.dossier(OFFICE, item.id()).replies()).hasSize(1);
    }

    @Test
    void theHeadWhoApprovesSignsTheReplyAndMaySendTheApprovedDraftBack() {
        Item item = accepted();
        approved(item, draft(ReplyClass.A));
        Reply approved = service.dossier(OFFICE, item.id()).currentReply().orElseThrow();
        assertThat(approved.signer()).as("签发人 is the approving head, by name").isEqualTo("王局长");
        assertThat(approved.approvedBy()).isEqualTo(EDU_HEAD.username());

        Item sentBack = step(EDU_HEAD, item, new Step.SendBackReply("请改正联系电话"));
        assertThat(sentBack.status()).isEqualTo(ItemStatus.HANDLING);
        Reply back = service.dossier(OFFICE, item.id()).currentReply().orElseThrow();
        assertThat(back.state()).isEqualTo(Reply.State.DRAFT);
        assertThat(back.signer()).as("unsigned until approved again").isNull();
        refused(() -> step(EDU, item, new Step.SubmitReply()), Problem.CONFLICT);

        approved(item, draft(ReplyClass.A));
        assertThat(step(EDU, item, new Step.SubmitReply()).status()).isEqualTo(ItemStatus.UNDER_REVIEW);
    }

    @Test
    void aReplyReturnedByTheOfficeIsResubmittedAsTheSameReplyAndNotFirstTime() {
        Item item = accepted();
        underReview(item, draft(ReplyClass.A));
        refused(() -> step(EDU, item, new Step.ReviewReply(true, null)), Problem.FORBIDDEN);
        Item returned = step(OFFICE, item, new Step.ReviewReply(false, "答复过于笼统"));
        assertThat(returned.status()).isEqualTo(ItemStatus.HANDLING);
        Item replied = replied(item, draft(ReplyClass.A));
        assertThat(replied.status()).isEqualTo(ItemStatus.REPLIED);
        assertThat(replied.progress().repliedAt()).isEqualTo(START);
        Reply reply = service.dossier(OFFICE, item.id()).replies().get(0);
        assertThat(service.dossier(OFFICE, item.id()).replies()).hasSize(1);
        assertThat(reply.submissions()).isEqualTo(2);
        assertThat(reply.acceptedFirstTime()).isFalse();
        assertThat(reply.deadlineInForce()).isEqualTo(date(2026, 6, 2));

        Item firstTime = replied(ReplyClass.A);
        assertThat(service.dossier(OFFICE, firstTime.id()).replies().get(0).acceptedFirstTime())
                .isTrue();
    }

    @Test
    void replyClassesFollowTheCountysConfiguration() {
        Item item = accepted();
        assertThatThrownBy(() -> step(EDU, item, draft(ReplyClass.D)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("D");
        service = serviceWith(Map.of("replyClasses", new String[] {"A,B,C,D"}));
        assertThat(replied(item, draft(ReplyClass.D)).status()).isEqualTo(ItemStatus.REPLIED);
    }

    // 测评 --------------------------------------------------------------------------------------

    @Test
    void aSatisfiedRatingClosesClassAAndCAndFollowsUpClassBUntilEveryCommitmentIsKept() {
        assertThat(step(DEPUTY, replied(ReplyClass.A), new Step.Rate(Satisfaction.SATISFIED, null, null, null))
                        .status())
                .isEqualTo(ItemStatus.CLOSED);
        assertThat(step(
                                DEPUTY,
                                replied(ReplyClass.C),
                                new Step.Rate(Satisfaction.BASICALLY_SATISFIED, null, null, null))
                        .status())
                .isEqualTo(ItemStatus.CLOSED);

        Item b = accepted();
        replied(b, draft(ReplyClass.B, promise("改造食堂", date(2026, 9, 1)), promise("配备营养师", date(2026, 12, 31))));
        assertThat(step(DEPUTY, b, new Step.Rate(Satisfaction.SATISFIED, null, null, null))
                        .status())
                .isEqualTo(ItemStatus.FOLLOW_UP);
        List<Commitment> promises = service.dossier(OFFICE, b.id())
                .latestAcceptedReply()
                .orElseThrow()
                .commitments();
        step(EDU, b, new Step.UpdateCommitment(promises.get(0).id(), null, "已完成设计招标"));
        assertThat(step(EDU, b, new Step.UpdateCommitment(promises.get(0).id(), date(2026, 3, 2), "食堂已投入使用"))
                        .status())
                .isEqualTo(ItemStatus.FOLLOW_UP);
        refused(() -> step(EDU, b, new Step.UpdateCommitment(promises.get(0).id(), null, "再报")), Problem.CONFLICT);
        clock.advance(Duration.ofDays(310)); // 2027-01-06: the second promise is overdue
        assertThat(service.timing(service.dossier(OFFICE, b.id())).warnings())
                .extracting(Timing.Warning::kind)
                .containsExactly(Timing.Kind.OVERDUE_COMMITMENT);
        assertThat(step(EDU, b, new Step.UpdateCommitment(promises.get(1).id(), date(2027, 1, 5), "营养师已到岗"))
                        .status())
                .isEqualTo(ItemStatus.CLOSED);
    }

    @Test
    void unsatisfiedReopensThenConsultationAndBothRatingsAreKept() {
        Item item = replied(ReplyClass.C);
        clock.advance(Duration.ofDays(3));
        Item reopened = step(DEPUTY, item, new Step.Rate(Satisfaction.UNSATISFIED, null, null, "未解决实际问题"));
        assertThat(reopened.status()).isEqualTo(ItemStatus.REHANDLING);
        assertThat(reopened.progress().round()).isEqualTo(2);
        assertThat(reopened.deadline()).isEqualTo(date(2026, 4, 5));
        replied(item, draft(ReplyClass.A));
        Item consult = step(DEPUTY, item, new Step.Rate(Satisfaction.UNSATISFIED, null, null, "仍不满意"));
        assertThat(consult.status()).isEqualTo(ItemStatus.CONSULTATION);
        refused(() -> step(EDU, item, new Step.RecordConsultation(date(2026, 3, 5), "a", "b")), Problem.FORBIDDEN);
        Item closed =
                step(OFFICE, item, new Step.RecordConsultation(date(2026, 3, 5), "赵代表、王局长、政府办", "当面协商，说明财力限制，代表表示理解"));
        assertThat(closed.status()).isEqualTo(ItemStatus.CLOSED);
        Dossier dossier = service.dossier(OFFICE, item.id());
        assertThat(dossier.ratings())
                .extracting(r -> r.round() + ":" + r.satisfaction())
                .containsExactly("1:UNSATISFIED", "2:UNSATISFIED");
        assertThat(dossier.replies())
                .extracting(r -> r.round() + ":" + r.replyClass())
                .containsExactly("1:C", "2:A");
        assertThat(dossier.contacts())
                .singleElement()
                .satisfies(c -> assertThat(c.phase()).isEqualTo(ContactPhase.CONSULTATION));
    }

    @Test
    void ratingsMinutesAfterTheReplyOrFromAUnitAccountAreFlaggedForSupervisorsOnly() {
        Item quick = replied(ReplyClass.A);
        clock.advance(Duration.ofMinutes(5));
        step(DEPUTY, quick, new Step.Rate(Satisfaction.SATISFIED, null, null, null));
        assertThat(service.dossier(SUPERVISOR, quick.id()).ratings())
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.flag()).contains("5 分钟");
                    assertThat(r.enteredBy()).isEqualTo("deputy");
                    assertThat(r.enteredFrom()).isEqualTo("10.0.0.9");
                });
        assertThat(service.dossier(EDU, quick.id()).ratings()).singleElement().satisfies(r -> {
            assertThat(r.flag()).isNull();
            assertThat(r.enteredBy()).isNull();
        });

        Actor deputyWorkingInTheUnit = new Actor("deputy3", Set.of(Role.SUBMITTER, Role.HANDLER), "edu");
        directory.userStore.create(
                new User("deputy3", "钱代表", deputyWorkingInTheUnit.roles(), "edu", null, null, false, START), "h");
        Item own = accepted();
        Item ownItem = replied(accepted(), draft(ReplyClass.A));
        clock.advance(Duration.ofHours(2));
        refused(() -> step(EDU, ownItem, new Step.Rate(Satisfaction.SATISFIED, null, null, null)), Problem.FORBIDDEN);
        refused(
                () -> step(OTHER_DEPUTY, own, new Step.Rate(Satisfaction.SATISFIED, null, null, null)),
                Problem.NOT_FOUND);
        Item theirs = service.register(
                OFFICE, new ItemDraft(ItemKind.SUGGESTION, null, "题", "正文", "deputy3", null, false, null, null, false));
        step(OFFICE, theirs, new Step.Assign("edu", null, null));
        step(EDU, theirs, new Step.Accept());
        replied(theirs, draft(ReplyClass.A));
        clock.advance(Duration.ofHours(2));
        step(deputyWorkingInTheUnit, theirs, new Step.Rate(Satisfaction.SATISFIED, null, null, null));
        assertThat(service.dossier(OFFICE, theirs.id()).ratings().get(0).flag()).contains("承办单位账号");
    }

    @Test
    void twoAxisRatingNeedsBothAxesAndTheWorseDecides() {
        service = serviceWith(Map.of("twoAxisRating", true));
        Item item = replied(ReplyClass.A);
        assertThatThrownBy(() -> step(DEPUTY, item, new Step.Rate(Satisfaction.SATISFIED, null, null, null)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("process", "result"));
        Item rated = step(DEPUTY, item, new Step.Rate(null, Satisfaction.SATISFIED, Satisfaction.UNSATISFIED, null));
        assertThat(rated.status()).isEqualTo(ItemStatus.REHANDLING);
    }

    @Test
    void anUnratedItemIsClosedByTheOfficeOnlyAfterTheRatingWindow() {
        Item item = replied(ReplyClass.A);
        LocalDate ratingBy = service.timing(service.dossier(OFFICE, item.id())).ratingBy();
        assertThat(ratingBy).isEqualTo(date(2026, 3, 23));
        refused(() -> step(OFFICE, item, new Step.Close("代表未测评")), Problem.CONFLICT);
        clock.advance(Duration.ofDays(22));
        assertThat(service.timing(service.dossier(OFFICE, item.id())).warnings())
                .extracting(Timing.Warning::kind)
                .containsExactly(Timing.Kind.RATING_OVERDUE);
        assertThat(step(OFFICE, item, new Step.Close("多次联系未测评")).status()).isEqualTo(ItemStatus.CLOSED);
        assertThat(service.dossier(OFFICE, item.id()).ratings())
                .as("never counted as satisfied")
                .isEmpty();
    }

    // 督办、批示、并案、公开 ---------------------------------------------------------------------------

    @Test
    void supervisorsIssueNoticesTheUnitRespondsAndLeadersCommentOnTheirKeyItems() {
        Item item = assigned("tra");
        refused(() -> step(OFFICE, item, new Step.IssueNotice("edu", "请加快办理", date(2026, 3, 10))), Problem.FORBIDDEN);
        assertThatThrownBy(() -> step(SUPERVISOR, item, new Step.IssueNotice("wat", "请加快办理", date(2026, 3, 1))))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("unitCode", "dueDate"));
        step(SUPERVISOR, item, new Step.IssueNotice("tra", "请尽快提交协办意见", date(2026, 3, 10)));
        long noticeId = service.dossier(OFFICE, item.id()).notices().get(0).id();
        refused(() -> step(EDU, item, new Step.RespondNotice(noticeId, "已办")), Problem.FORBIDDEN);
        step(TRA, item, new Step.RespondNotice(noticeId, "已于3月5日提交"));
        assertThat(service.dossier(OFFICE, item.id()).notices().get(0).respondedBy())
                .isEqualTo("h-tra");

        refused(() -> step(LEADER, item, new Step.AddComment("请抓紧")), Problem.FORBIDDEN);
        Item key = service.register(
                OFFICE,
                new ItemDraft(
                        ItemKind.SUGGESTION, null, "重点件", "正文", "deputy", null, true, LEADER.username(), null, false));
        step(LEADER, key, new Step.AddComment("请教育局牵头，月底前拿出方案。"));
        assertThat(service.dossier(OFFICE, key.id()).comments())
                .extracting(c -> c.text())
                .containsExactly("请教育局牵头，月底前拿出方案。");
        assertThat(service.dossier(DEPUTY, key.id()).comments())
                .as("a leader's comment is internal")
                .isEmpty();
    }

    @Test
    void keyItemsAndDisclosureAreDecidedWhileTheItemIsHandled() {
        Item item = accepted();
        refused(() -> step(EDU, item, new Step.DesignateKeyItem(true, LEADER.username(), null)), Problem.FORBIDDEN);
        assertThatThrownBy(() -> step(SUPERVISOR, item, new Step.DesignateKeyItem(true, "deputy", null)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("leadingOfficial"));
        assertThatThrownBy(() -> step(SUPERVISOR, item, new Step.DesignateKeyItem(true, " ", null)))
                .isInstanceOf(RuleViolationException.class);
        Item key = step(SUPERVISOR, item, new Step.DesignateKeyItem(true, LEADER.username(), "县政府常务会议确定"));
        assertThat(key.keyItem()).isTrue();
        assertThat(key.leadingOfficial()).isEqualTo(LEADER.username());
        assertThat(key.status()).isEqualTo(ItemStatus.HANDLING);
        step(LEADER, item, new Step.AddComment("请抓紧办理"));
        assertThat(service.list(OFFICE, ItemQuery.page(0, 10).withKeyItem(true)).items())
                .extracting(Item::id)
                .containsExactly(item.id());

        refused(() -> step(SUPERVISOR, item, new Step.SetDisclosure(true, null)), Problem.FORBIDDEN);
        refused(() -> step(OFFICE, item, new Step.SetDisclosure(false, null)), Problem.CONFLICT);
        assertThat(step(OFFICE, item, new Step.SetDisclosure(true, "群众关注")).publicReply())
                .isTrue();
        replied(item, draft(ReplyClass.A));
        assertThat(service.disclosed(null, 0, 10).total()).isEqualTo(1);
        step(OFFICE, item, new Step.SetDisclosure(false, "涉及个人隐私"));
        assertThat(service.disclosed(null, 0, 10).total()).isZero();
        Item ordinary = step(OFFICE, item, new Step.DesignateKeyItem(false, null, null));
        assertThat(ordinary.keyItem()).isFalse();
        assertThat(ordinary.leadingOfficial()).isNull();
        refused(() -> step(LEADER, item, new Step.AddComment("再批示")), Problem.FORBIDDEN);
        assertThat(actions(item)).contains("DESIGNATE_KEY_ITEM", "SET_DISCLOSURE");
    }

    @Test
    void mergedItemsFollowTheLeadUntilTheReplyThenEachSubmitterRatesTheirOwn() {
        Item lead = registered();
        Item member = registered(ItemKind.SUGGESTION, OTHER_DEPUTY.username(), false);
        Item proposal = registered(ItemKind.PROPOSAL, OTHER_DEPUTY.username(), false);
        assertThatThrownBy(() -> step(OFFICE, lead, new Step.Merge(List.of(proposal.id(), lead.id()), null)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("kind or year")
                .hasMessageContaining("itself");
        step(OFFICE, lead, new Step.Merge(List.of(member.id()), "同为学校午餐问题"));
        refused(() -> step(OFFICE, member, new Step.Assign("edu", null, null)), Problem.CONFLICT);

        step(OFFICE, lead, new Step.Assign("edu", null, null));
        assertThat(service.get(OFFICE, member.id())).satisfies(m -> {
            assertThat(m.status()).isEqualTo(ItemStatus.ASSIGNED);
            assertThat(m.hostUnit()).isEqualTo("edu");
            assertThat(m.deadline()).isEqualTo(date(2026, 6, 2));
        });
        step(EDU, lead, new Step.Accept());
        replied(lead, draft(ReplyClass.A));
        Item memberReplied = service.get(OTHER_DEPUTY, member.id());
        assertThat(memberReplied.status()).isEqualTo(ItemStatus.REPLIED);
        assertThat(service.dossier(OTHER_DEPUTY, member.id()).replies())
                .singleElement()
                .satisfies(r -> assertThat(r.text()).isEqualTo(TEXT));
        assertThat(service.history(OFFICE, member.id()))
                .extracting(e -> e.action().name())
                .containsExactly(
                        "REGISTER",
                        "MERGE",
                        "ASSIGN",
                        "ACCEPT",
                        "DRAFT_REPLY",
                        "APPROVE_REPLY",
                        "SUBMIT_REPLY",
                        "REVIEW_REPLY");

        step(DEPUTY, lead, new Step.Rate(Satisfaction.SATISFIED, null, null, null));
        refused(() -> step(DEPUTY, member, new Step.Rate(Satisfaction.SATISFIED, null, null, null)), Problem.NOT_FOUND);
        Item memberRated = step(OTHER_DEPUTY, member, new Step.Rate(Satisfaction.UNSATISFIED, null, null, "不够具体"));
        assertThat(memberRated.status()).isEqualTo(ItemStatus.REHANDLING);
        assertThat(service.get(OFFICE, lead.id()).status()).isEqualTo(ItemStatus.CLOSED);
    }

    @Test
    void publicRepliesAreDisclosedWithoutPhoneNumbers() {
        Item item = step(
                OFFICE, registered(ItemKind.SUGGESTION, DEPUTY.username(), true), new Step.Assign("edu", null, null));
        step(EDU, item, new Step.Accept());
        replied(
                item,
                new Step.DraftReply(
                        ReplyClass.A,
                        null,
                        TEXT + "如有疑问请致电 0571-88886666 或 13912345678。",
                        List.of(),
                        "张科长",
                        "0571-88886666",
                        null));
        replied(ReplyClass.A); // not public
        assertThat(service.disclosed(null, 0, 10).items()).singleElement().satisfies(r -> {
            assertThat(r.text())
                    .contains("请致电 *** 或 ***。")
                    .doesNotContain("8888")
                    .doesNotContain("1391234");
            assertThat(r.label()).isEqualTo("2026年建议第1号");
        });
        assertThat(service.timing(service.dossier(OFFICE, item.id())).disclosureBy())
                .isEqualTo(date(2026, 3, 30));
    }

    // 期限与预警、查看范围 ---------------------------------------------------------------------------

    @Test
    void timingShowsDaysLeftAndWarnsOfMissingContactAndDraft() {
        Item item = accepted();
        Timing fresh = service.timing(service.dossier(OFFICE, item.id()));
        assertThat(fresh.daysLeft()).isEqualTo(92);
        assertThat(fresh.firstContactBy()).isEqualTo(date(2026, 3, 23));
        assertThat(fresh.latestExtension()).isEqualTo(date(2026, 9, 2));
        assertThat(fresh.warnings()).isEmpty();
        clock.advance(Duration.ofDays(70)); // 11 May: no contact after 15 working days, no draft 22 days before
        Timing late = service.timing(service.dossier(OFFICE, item.id()));
        assertThat(late.warnings())
                .extracting(Timing.Warning::kind)
                .containsExactly(Timing.Kind.NO_CONTACT, Timing.Kind.NO_DRAFT);
        assertThat(late.atRisk()).isFalse();
        assertThat(service.list(OFFICE, ItemQuery.page(0, 10).withDueWithinDays(30))
                        .total())
                .isEqualTo(1);
        clock.advance(Duration.ofDays(30));
        assertThat(service.timing(service.get(OFFICE, item.id())).overdue()).isTrue();
        assertThat(service.list(OFFICE, ItemQuery.page(0, 10).withOverdue(true)).items())
                .extracting(Item::id)
                .containsExactly(item.id());
    }

    @Test
    void listsByWarningAgreeWithEveryItemsOwnWarningsAsTimeGoesBy() {
        Item silent = accepted();
        Item contacted = accepted("tra");
        step(
                EDU,
                contacted,
                new Step.RecordContact(ContactPhase.BEFORE, ContactMethod.MEETING, date(2026, 3, 2), "赵代表", "座谈"));
        Item promised = accepted();
        replied(promised, draft(ReplyClass.B, promise("改造食堂", date(2026, 4, 30))));
        step(DEPUTY, promised, new Step.Rate(Satisfaction.SATISFIED, null, null, null));
        Item reopened = accepted();
        replied(reopened, draft(ReplyClass.B, promise("修路", date(2026, 4, 30))));
        step(DEPUTY, reopened, new Step.Rate(Satisfaction.UNSATISFIED, null, null, null));
        Item unrated = replied(ReplyClass.A);
        Item urgent = step(
                EDU,
                step(
                        OFFICE,
                        service.register(
                                OFFICE,
                                new ItemDraft(
                                        ItemKind.SUGGESTION,
                                        null,
                                        "急件",
                                        "正文",
                                        "deputy",
                                        null,
                                        false,
                                        null,
                                        Urgency.URGENT,
                                        false)),
                        new Step.Assign("edu", null, null)),
                new Step.Accept());
        List<Item> all = List.of(silent, contacted, promised, reopened, unrated, urgent);
        java.util.Map<Timing.Kind, java.util.Set<Long>> seenOnce = new java.util.EnumMap<>(Timing.Kind.class);
        int elapsed = 0;
        for (int days : new int[] {0, 20, 35, 60, 61, 75}) {
            clock.advance(Duration.ofDays(days - elapsed));
            elapsed = days;
            if (days == 61) {
                replied(reopened, draft(ReplyClass.A)); // the new reply supersedes the old promise
            }
            for (Timing.Kind kind : Timing.Kind.values()) {
                java.util.Set<Long> listed =
                        service.list(OFFICE, ItemQuery.page(0, 50).withWarning(kind)).items().stream()
                                .map(Item::id)
                                .collect(java.util.stream.Collectors.toSet());
                java.util.Set<Long> warned = all.stream()
                        .filter(i -> service.timing(service.dossier(OFFICE, i.id())).warnings().stream()
                                .anyMatch(w -> w.kind() == kind))
                        .map(Item::id)
                        .collect(java.util.stream.Collectors.toSet());
                assertThat(listed).as(kind + " on day " + days).isEqualTo(warned);
                seenOnce.computeIfAbsent(kind, k -> new java.util.HashSet<>()).addAll(listed);
            }
        }
        assertThat(seenOnce)
                .as("every warning came up at some point")
                .allSatisfy((kind, ids) -> assertThat(ids).isNotEmpty());
        assertThat(seenOnce.get(Timing.Kind.OVERDUE_COMMITMENT)).contains(promised.id(), reopened.id());
    }

    @Test
    void stepsQueueTheirNotificationsForThoseConcernedButNotForWhoeverActed() {
        Item item = assigned("tra");
        assertThat(items.queued)
                .extracting(m -> m.recipient() + " " + m.event())
                .containsExactly("head-edu item.assigned", "deputy item.assigned", "head-tra item.co-assigned");
        assertThat(items.queued).allSatisfy(m -> {
            assertThat(m.channel()).isEqualTo("inbox");
            assertThat(m.subject()).contains("2026年建议第1号");
            assertThat(m.body())
                    .as("an official message is in Chinese alone")
                    .contains("关于改善农村学校午餐的建议")
                    .doesNotContain("assigned");
            assertThat(m.data()).containsEntry("itemId", Long.toString(item.id()));
        });
        items.queued.clear();
        step(EDU, item, new Step.Accept());
        step(TRA, item, new Step.CoUnitOpinion("同意"));
        step(EDU, item, draft(ReplyClass.A));
        step(TRA, item, new Step.Countersign());
        step(EDU_HEAD, item, new Step.ApproveReply());
        step(EDU, item, new Step.SubmitReply());
        assertThat(items.queued)
                .as("handling inside the units concerns nobody else")
                .isEmpty();
        step(OFFICE, item, new Step.ReviewReply(true, null));
        assertThat(items.queued)
                .extracting(m -> m.recipient() + " " + m.event())
                .containsExactly("head-edu item.reply-accepted", "deputy item.replied");
        items.queued.clear();
        directory.userStore.create(
                new User("duban", "督查室", Set.of(Role.SUPERVISOR), null, null, null, false, START), "h");
        step(DEPUTY, item, new Step.Rate(Satisfaction.UNSATISFIED, null, null, "不满意"));
        // The submitter caused the rehandling and sees its deadline in the answer: no message to them.
        assertThat(items.queued)
                .extracting(m -> m.recipient() + " " + m.event())
                .containsExactly("head-edu item.rated", "duban item.rating-flagged");
        items.queued.clear();
        directory.channels.put("head-edu", Set.of("sms", "email"));
        step(EDU, item, new Step.RequestExtension(date(2026, 4, 20), "需要时间"));
        step(OFFICE, item, new Step.DecideExtension(true, null, null));
        assertThat(items.queued)
                .extracting(m -> m.recipient() + " " + m.event() + " " + m.channel())
                .containsExactly(
                        "head-edu item.extension-decided email", "head-edu item.extension-decided inbox",
                        "head-edu item.extension-decided sms", "deputy item.extension-decided inbox");
        assertThat(items.queued.get(3).body()).contains("2026-04-20");
    }

    @Test
    void listsShowEachPersonOnlyTheirPart() {
        Item hosted = assigned();
        Item coHandled = step(OFFICE, registered(), new Step.Assign("tra", List.of("edu"), null));
        Item other = step(OFFICE, registered(), new Step.Assign("tra", null, null));
        Item proposal = registered(ItemKind.PROPOSAL, OTHER_DEPUTY.username(), false);
        ItemQuery all = ItemQuery.page(0, 50);
        assertThat(service.list(OFFICE, all).total()).isEqualTo(4);
        assertThat(service.list(EDU, all).items()).extracting(Item::id).containsExactly(hosted.id(), coHandled.id());
        assertThat(service.list(EDU, all.withHostUnit("tra")).items())
                .extracting(Item::id)
                .containsExactly(coHandled.id());
        assertThat(service.dossier(EDU, coHandled.id()).item().hostUnit()).isEqualTo("tra");
        refused(() -> service.get(EDU, other.id()), Problem.NOT_FOUND);
        assertThat(service.list(DEPUTY, all).total()).isEqualTo(3);
        assertThat(service.list(OTHER_DEPUTY, all.withSubmitter("deputy")).items())
                .isEmpty();
        assertThat(service.list(NPC, all).total()).isEqualTo(3);
        assertThat(service.list(CPPCC, all).items()).extracting(Item::id).containsExactly(proposal.id());
        assertThat(service.list(CPPCC, all.withKind(ItemKind.SUGGESTION)).total())
                .isZero();
        refused(() -> service.get(CPPCC, hosted.id()), Problem.NOT_FOUND);
        assertThatThrownBy(() -> service.list(OFFICE, ItemQuery.page(-1, 1000)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("page", "size"));
    }

    @Test
    void aRefusedStepChangesNothingAndAStaleVersionIsAConflict() {
        Item item = accepted();
        Dossier before = service.dossier(OFFICE, item.id());
        List<ItemEvent> history = service.history(OFFICE, item.id());
        refused(
                () -> service.perform(OFFICE, item.id(), item.version() - 1, new Step.Assign("tra", null, null), "x"),
                Problem.CONFLICT);
        refused(() -> step(TRA, item, draft(ReplyClass.A)), Problem.NOT_FOUND);
        refused(() -> step(EDU, item, new Step.ReviewReply(true, null)), Problem.FORBIDDEN);
        assertThatThrownBy(() -> step(EDU, item, new Step.DraftReply(null, null, "", null, null, null, null)))
                .isInstanceOf(RuleViolationException.class);
        assertThat(service.dossier(OFFICE, item.id())).isEqualTo(before);
        assertThat(service.history(OFFICE, item.id())).isEqualTo(history);
        assertThat(service.perform(OFFICE, item.id(), item.version(), new Step.Assign("tra", null, null), "x")
                        .item()
                        .version())
                .isEqualTo(item.version() + 1);
    }

    @Test
    void theHistoryTellsTheWholeStoryInOrder() {
        Item item = accepted("tra");
        step(
                EDU,
                item,
                new Step.RecordContact(ContactPhase.BEFORE, ContactMethod.PHONE, date(2026, 3, 2), "赵代表", "电话沟通"));
        step(TRA, item, new Step.CoUnitOpinion("同意"));
        step(EDU, item, draft(ReplyClass.A));
        step(TRA, item, new Step.Countersign());
        step(EDU_HEAD, item, new Step.ApproveReply());
        step(EDU, item, new Step.SubmitReply());
        step(OFFICE, item, new Step.ReviewReply(true, "同意"));
        step(DEPUTY, item, new Step.Rate(Satisfaction.SATISFIED, null, null, "满意"));
        assertThat(service.history(DEPUTY, item.id()))
                .as("the submitter reads the steps that concern them")
                .extracting(e -> e.action().name())
                .containsExactly("REGISTER", "ASSIGN", "ACCEPT", "RECORD_CONTACT", "REVIEW_REPLY", "RATE");
        assertThat(service.history(OFFICE, item.id()))
                .extracting(e -> e.action() + ":" + e.fromStatus() + ">" + e.toStatus() + ":" + e.actor())
                .containsExactly(
                        "REGISTER:null>REGISTERED:office",
                        "ASSIGN:REGISTERED>ASSIGNED:office",
                        "ACCEPT:ASSIGNED>HANDLING:h-edu",
                        "RECORD_CONTACT:HANDLING>HANDLING:h-edu",
                        "CO_UNIT_OPINION:HANDLING>HANDLING:h-tra",
                        "DRAFT_REPLY:HANDLING>HANDLING:h-edu",
                        "COUNTERSIGN:HANDLING>HANDLING:h-tra",
                        "APPROVE_REPLY:HANDLING>REPLY_APPROVED:head-edu",
                        "SUBMIT_REPLY:REPLY_APPROVED>UNDER_REVIEW:h-edu",
                        "REVIEW_REPLY:UNDER_REVIEW>REPLIED:office",
                        "RATE:REPLIED>CLOSED:deputy");
    }
}
