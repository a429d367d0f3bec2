package org.banli.rest.internal.dto;

import java.util.Set;

import org.banli.api.item.Assignment;
import org.banli.api.item.ItemDraft;
import org.banli.api.item.ItemKind;
import org.banli.api.item.RatingDraft;
import org.banli.api.item.ReplyClass;
import org.banli.api.item.ReplyDraft;
import org.banli.api.item.Satisfaction;
import org.banli.api.item.Urgency;
import org.banli.api.user.Role;
import org.banli.api.user.UserDraft;

/** The bodies clients send. {@code version}, where present, is the item version the client last saw. */
public final class Requests {

    private Requests() {
    }

    public record CreateUser(String username, String displayName, String password, Set<Role> roles, String unitCode,
            String phone, String email) {
        public UserDraft toDraft() {
            return new UserDraft(username, displayName, password, roles == null ? Set.of() : roles, unitCode, phone,
                    email);
        }
    }

    public record RegisterItem(ItemKind kind, Integer year, String title, String body, String submitter,
            String category, Boolean keyItem, String leadingOfficial, Urgency urgency, Boolean publicReply) {
        public ItemDraft toDraft() {
            return new ItemDraft(kind, year, title, body, submitter, category, Boolean.TRUE.equals(keyItem),
                    leadingOfficial, urgency, Boolean.TRUE.equals(publicReply));
        }
    }

    public record ChangePassword(String currentPassword, String newPassword) {
    }

    public record Assign(Long version, String hostUnit, String reason) {
        public Assignment toAssignment(Long expectedVersion) {
            return new Assignment(expectedVersion, hostUnit, reason);
        }
    }

    public record Reply(Long version, ReplyClass replyClass, String text, String signer, String contactPerson,
            String contactPhone) {
        public ReplyDraft toDraft(Long expectedVersion) {
            return new ReplyDraft(expectedVersion, replyClass, text, signer, contactPerson, contactPhone);
        }
    }

    public record Rate(Long version, Satisfaction satisfaction, String comment) {
        public RatingDraft toDraft(Long expectedVersion) {
            return new RatingDraft(expectedVersion, satisfaction, comment);
        }
    }
}
