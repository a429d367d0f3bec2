package org.banli.rest.internal.dto;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.banli.api.item.CoUnit;
import org.banli.api.item.Comment;
import org.banli.api.item.Contact;
import org.banli.api.item.Dossier;
import org.banli.api.item.Intake;
import org.banli.api.item.Item;
import org.banli.api.item.ItemKind;
import org.banli.api.item.ItemStatus;
import org.banli.api.item.Progress;
import org.banli.api.item.Rating;
import org.banli.api.item.Reply;
import org.banli.api.item.SupervisionNotice;
import org.banli.api.item.UnitRequest;
import org.banli.api.item.Urgency;

/**
 * An item with its file as the API shows it.
 *
 * @param label       the number as people say it, e.g. 2026年建议第12号
 * @param submitterName the submitter's name as people know it (陈代表), where the account still exists
 * @param leadingOfficialName the leading official's name (张副县长), where there is one and the account exists
 * @param statusText  the status in Chinese
 * @param timing      deadlines, days left and early warnings
 * @param mergedItems items merged into this one (并案)
 * @param steps       the steps the reader may take now, by their operations' paths: what the desk offers
 * @param intake      what the office's sheet said of it beyond registration (co-submitters, delegation,
 *                    telephone, proposed units, date), for an item that came in a batch; else {@code null}
 */
public record ItemDTO(
        long id,
        long version,
        String label,
        ItemKind kind,
        int year,
        int number,
        String title,
        String body,
        String submitter,
        String submitterName,
        String category,
        boolean keyItem,
        String leadingOfficial,
        String leadingOfficialName,
        Urgency urgency,
        boolean publicReply,
        ItemStatus status,
        String statusText,
        Progress progress,
        Instant registeredAt,
        TimingDTO timing,
        List<CoUnit> coUnits,
        List<Contact> contacts,
        List<UnitRequest> requests,
        List<Reply> replies,
        List<Rating> ratings,
        List<SupervisionNotice> notices,
        List<Comment> comments,
        List<ItemSummaryDTO> mergedItems,
        List<String> steps,
        Intake intake) {

    /**
     * @param names the name of an account as people know it, or {@code null} where there is none
     * @param steps the steps the reader may take now, by their operations' paths ({@code assign}, {@code rating} …)
     */
    public static ItemDTO of(
            Dossier dossier, TimingDTO timing, Function<String, String> names, List<String> steps, Intake intake) {
        Item item = dossier.item();
        return new ItemDTO(
                item.id(),
                item.version(),
                item.label(),
                item.kind(),
                item.year(),
                item.number(),
                item.title(),
                item.body(),
                item.submitter(),
                item.submitter() == null ? null : names.apply(item.submitter()),
                item.category(),
                item.keyItem(),
                item.leadingOfficial(),
                item.leadingOfficial() == null ? null : names.apply(item.leadingOfficial()),
                item.urgency(),
                item.publicReply(),
                item.status(),
                item.status().chinese(),
                item.progress(),
                item.registeredAt(),
                timing,
                dossier.coUnits(),
                dossier.contacts(),
                dossier.requests(),
                dossier.replies(),
                dossier.ratings(),
                dossier.notices(),
                dossier.comments(),
                dossier.mergedItems().stream()
                        .map(m -> ItemSummaryDTO.of(m, null))
                        .toList(),
                List.copyOf(steps),
                intake);
    }
}
