package org.banli.rest.internal;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.banli.api.BanliException;
import org.banli.api.Text;
import org.banli.api.item.Step;

/**
 * Every step of an item's life as the API offers it: a POST to {@code /items/{id}/<path>} with the step as
 * its body. One table serves the routing and the OpenAPI document, so a new step is one line here; and one
 * route instead of one per step, which Jersey tried one after another on every request for an item.
 */
final class StepOperations {

    /** The path parameter that names the step. */
    static final String STEP = "step";

    /** Marks the one resource method that performs every step; the OpenAPI document lists each step apart. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface EachStep {}

    /** One step: its path segment, its body, and what it does (Chinese, then English). */
    record Operation(String path, Class<? extends Step> type, String summary) {

        /** The step's own name, as the workflow's rules name it: {@code Step.RequestReturn} is requestReturn. */
        String name() {
            String simple = type.getSimpleName();
            return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
        }

        /** The step in the body, or null for an empty one (as Jersey reads a body it is given to read). */
        Step read(byte[] body) throws IOException {
            return body.length == 0 ? null : ObjectMapperResolver.MAPPER.readValue(body, type);
        }
    }

    /** The paths of these steps' operations, in the order of {@link #ALL}. */
    static List<String> paths(java.util.Set<Class<? extends Step>> steps) {
        return ALL.stream()
                .filter(operation -> steps.contains(operation.type()))
                .map(Operation::path)
                .toList();
    }

    static final List<Operation> ALL = List.of(
            new Operation(
                    "assign",
                    Step.Assign.class,
                    "交办或改办：主办单位与协办单位，仅政府办 (assign or reassign: host unit and co-units; office)"),
            new Operation("accept", Step.Accept.class, "签收，主办单位或协办单位 (accept; host unit, or a co-unit for its part)"),
            new Operation(
                    "return-request",
                    Step.RequestReturn.class,
                    "申请退回，须在交办后规定工作日内 (ask to return the item, within the county's window)"),
            new Operation(
                    "return-decision",
                    Step.DecideReturn.class,
                    "审批退回申请：同意即改办，不同意须说明理由，仅政府办 (decide a return request; office)"),
            new Operation(
                    "contacts", Step.RecordContact.class, "记录与提出人的联系：办前、办中、办后 (record a contact with the submitter)"),
            new Operation(
                    "contact-confirmation",
                    Step.ConfirmContact.class,
                    "提出人确认或对联系记录提出异议 (the submitter confirms or disputes a contact)"),
            new Operation("co-unit-opinion", Step.CoUnitOpinion.class, "协办单位提交协办意见 (a co-unit sends its opinion)"),
            new Operation("extension-request", Step.RequestExtension.class, "申请延期 (ask for an extension; host unit)"),
            new Operation(
                    "extension-decision",
                    Step.DecideExtension.class,
                    "审批延期，不超过最长期限，仅政府办 (decide an extension; office)"),
            new Operation(
                    "reply-draft",
                    Step.DraftReply.class,
                    "拟写答复：类别、正文、承诺、联系人；审定领导即签发人 (draft the reply; host unit; the approving head signs)"),
            new Operation("countersign", Step.Countersign.class, "协办单位会签答复稿 (a co-unit countersigns the draft)"),
            new Operation("reply-approval", Step.ApproveReply.class, "单位主要领导审定答复 (the unit head approves the reply)"),
            new Operation(
                    "reply-send-back", Step.SendBackReply.class, "单位主要领导退回答复稿修改 (the unit head sends the draft back)"),
            new Operation(
                    "reply-submission",
                    Step.SubmitReply.class,
                    "提交答复，检查规范化要求 (submit the reply; the format checks run)"),
            new Operation(
                    "reply-review", Step.ReviewReply.class, "审核答复：通过或退回修改，仅政府办 (accept or return the reply; office)"),
            new Operation("rating", Step.Rate.class, "满意度测评，仅提出人本人 (rate the reply; the submitter only)"),
            new Operation(
                    "consultation",
                    Step.RecordConsultation.class,
                    "记录当面协商，仅政府办 (record the face-to-face consultation; office)"),
            new Operation(
                    "commitment-progress",
                    Step.UpdateCommitment.class,
                    "B类承诺落实情况 (progress on a class-B commitment; host unit)"),
            new Operation("notices", Step.IssueNotice.class, "发督办通知，仅督查 (issue a supervision notice; supervisor)"),
            new Operation("notice-response", Step.RespondNotice.class, "被督办单位反馈 (the unit responds to a notice)"),
            new Operation("comments", Step.AddComment.class, "领办领导批示 (the leading official comments on a key item)"),
            new Operation(
                    "close",
                    Step.Close.class,
                    "测评期满未测评的件由政府办办结 (close an item left unrated past the rating window; office)"),
            new Operation(
                    "key-item",
                    Step.DesignateKeyItem.class,
                    "设定或取消重点件及领办领导，政府办或督查 (designate a key item and its leading official; office or supervisor)"),
            new Operation(
                    "disclosure",
                    Step.SetDisclosure.class,
                    "设定答复是否公开，仅政府办 (decide whether the reply is disclosed; office)"),
            new Operation(
                    "merge", Step.Merge.class, "并案：把已登记的件并入本件，仅政府办 (merge registered items into this one; office)"));

    private static final Map<String, Operation> BY_PATH =
            ALL.stream().collect(Collectors.toUnmodifiableMap(Operation::path, Function.identity()));

    private StepOperations() {}

    static Operation at(String path) {
        return Optional.ofNullable(BY_PATH.get(path))
                .orElseThrow(() -> BanliException.notFound(Text.of(Text.Code.NO_SUCH_STEP, "step", path)));
    }
}
