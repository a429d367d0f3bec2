package org.banli.rest.internal.dto;

import java.util.Set;
import org.banli.api.item.ItemDraft;
import org.banli.api.item.ItemKind;
import org.banli.api.item.Urgency;
import org.banli.api.user.AccountEdit;
import org.banli.api.user.Role;
import org.banli.api.user.UserDraft;

/** The bodies clients send besides the workflow's steps, which are {@link org.banli.api.item.Step}'s records. */
public final class Requests {

    private Requests() {}

    public record CreateUser(
            String username,
            String displayName,
            String password,
            Set<Role> roles,
            String unitCode,
            String phone,
            String email) {
        public UserDraft toDraft() {
            return new UserDraft(
                    username, displayName, password, roles == null ? Set.of() : roles, unitCode, phone, email);
        }
    }

    public record EditUser(String displayName, Set<Role> roles, String unitCode, String phone, String email) {
        public AccountEdit toEdit() {
            return new AccountEdit(displayName, roles == null ? Set.of() : roles, unitCode, phone, email);
        }
    }

    public record RegisterItem(
            ItemKind kind,
            Integer year,
            String title,
            String body,
            String submitter,
            String category,
            Boolean keyItem,
            String leadingOfficial,
            Urgency urgency,
            Boolean publicReply) {
        public ItemDraft toDraft() {
            return new ItemDraft(
                    kind,
                    year,
                    title,
                    body,
                    submitter,
                    category,
                    Boolean.TRUE.equals(keyItem),
                    leadingOfficial,
                    urgency,
                    Boolean.TRUE.equals(publicReply));
        }
    }

    public record ChangePassword(String currentPassword, String newPassword) {}
}
