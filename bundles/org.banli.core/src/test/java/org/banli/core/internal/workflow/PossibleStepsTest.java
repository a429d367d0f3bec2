package org.banli.core.internal.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.banli.api.Actor;
import org.banli.api.item.Item;
import org.banli.api.item.ReplyClass;
import org.banli.api.item.Step;
import org.banli.core.internal.WorkflowFixture;
import org.junit.jupiter.api.Test;

/** What each person may do with an item in each state: what the desk offers, judged by the workflow itself. */
class PossibleStepsTest extends WorkflowFixture {

    private Set<Class<? extends Step>> of(Actor actor, Item item) {
        return service.possibleSteps(actor, service.dossier(actor, item.id()));
    }

    @Test
    void theOfficeAssignsOrMergesARegisteredItemAndNobodyElseActsOnIt() {
        Item item = registered();
        assertThat(of(OFFICE, item))
                .contains(Step.Assign.class, Step.Merge.class)
                .doesNotContain(Step.Accept.class);
        assertThat(of(DEPUTY, item)).doesNotContain(Step.Assign.class, Step.Rate.class, Step.DraftReply.class);
        assertThat(of(SUPERVISOR, item))
                .as("a yes-or-no step is possible whichever answer is so now")
                .contains(Step.DesignateKeyItem.class)
                .doesNotContain(Step.Assign.class, Step.Merge.class);
        assertThat(of(OFFICE, item)).contains(Step.SetDisclosure.class, Step.DesignateKeyItem.class);
    }

    @Test
    void anApprovedDraftIsTheHandlersToReviseOrSubmitAndTheHeadsToSendBack() {
        Item item = approved(accepted(), draft(ReplyClass.A));
        assertThat(of(EDU, item))
                .contains(Step.DraftReply.class, Step.SubmitReply.class)
                .doesNotContain(Step.ApproveReply.class, Step.SendBackReply.class, Step.Assign.class);
        assertThat(of(EDU_HEAD, item))
                .contains(Step.SendBackReply.class)
                .doesNotContain(Step.DraftReply.class, Step.SubmitReply.class, Step.ApproveReply.class);
    }

    @Test
    void theHeadApprovesADraftAndTheSubmitterRatesTheAcceptedReply() {
        Item accepted = accepted();
        Item drafted = step(EDU, accepted, draft(ReplyClass.A));
        assertThat(of(EDU_HEAD, drafted)).contains(Step.ApproveReply.class, Step.SendBackReply.class);
        assertThat(of(EDU, drafted)).doesNotContain(Step.SubmitReply.class, Step.ApproveReply.class);

        Item replied = replied(ReplyClass.A);
        assertThat(of(DEPUTY, replied)).contains(Step.Rate.class).doesNotContain(Step.DraftReply.class);
        assertThat(of(EDU, replied)).doesNotContain(Step.Rate.class, Step.DraftReply.class);
        assertThat(of(OFFICE, replied))
                .as("not closed unrated while the submitter may still rate")
                .doesNotContain(Step.Close.class, Step.Rate.class);
    }

    @Test
    void aStepAboutOneContactIsPossibleWhileOneWaitsForTheSubmitter() {
        Item item = accepted();
        assertThat(of(DEPUTY, item)).doesNotContain(Step.ConfirmContact.class);
        assertThat(of(EDU_HEAD, item)).as("the handler keeps the contacts").doesNotContain(Step.RecordContact.class);
        Item contacted = step(
                EDU,
                item,
                new Step.RecordContact(
                        org.banli.api.item.ContactPhase.BEFORE,
                        org.banli.api.item.ContactMethod.VISIT,
                        date(2026, 3, 2),
                        "代表",
                        "登门听取意见"));
        assertThat(of(DEPUTY, contacted)).contains(Step.ConfirmContact.class);
        long contact = service.dossier(DEPUTY, item.id()).contacts().get(0).id();
        Item confirmed = step(DEPUTY, contacted, new Step.ConfirmContact(contact, true, null));
        assertThat(of(DEPUTY, confirmed)).doesNotContain(Step.ConfirmContact.class);
    }
}
