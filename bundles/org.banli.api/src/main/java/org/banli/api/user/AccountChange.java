package org.banli.api.user;

import java.time.Instant;
import java.util.List;
import org.banli.api.Bilingual;

/**
 * One change of an account, as its audit record keeps it.
 *
 * @param username the account changed
 * @param actor    the account that changed it; {@code null} for Banli itself (the first administrator)
 * @param at       when
 * @param fields   what an edit changed, each from its old to its new value; empty for the other kinds
 */
public record AccountChange(String username, String actor, Instant at, Kind kind, List<FieldChange> fields) {

    public AccountChange {
        fields = List.copyOf(fields);
    }

    public AccountChange(String username, String actor, Instant at, Kind kind) {
        this(username, actor, at, kind, List.of());
    }

    public enum Kind implements Bilingual {
        CREATED("创建账号"),
        EDITED("修改资料"),
        DISABLED("停用"),
        ENABLED("重新启用"),
        /** An administrator set a temporary password; the person must choose their own at the next login. */
        PASSWORD_RESET("管理员重置密码"),
        /** The person changed their own password. */
        PASSWORD_CHANGED("本人修改密码");

        private final String chinese;

        Kind(String chinese) {
            this.chinese = chinese;
        }

        @Override
        public String chinese() {
            return chinese;
        }

        @Override
        public String english() {
            return Bilingual.english(this);
        }
    }

    /**
     * A field's old and new value as a person reads them: people and units by name, roles by their codes
     * (which every reader's language names).
     *
     * @param field {@code displayName}, {@code roles}, {@code unit}, {@code phone} or {@code email}
     */
    public record FieldChange(String field, String before, String after) {}
}
