package org.banli.store.jpa.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import org.banli.api.user.AccountChange;

/**
 * One line of an account's audit record. It names the accounts by username, not by a key, so that it
 * outlives what it describes; an edit's fields are kept as lines of tab-separated field, old and new value.
 */
@Entity
@Table(name = "BANLI_ACCOUNT_CHANGE", indexes = @Index(name = "BANLI_ACCOUNT_CHANGE_ACCOUNT", columnList = "USERNAME"))
public class AccountChangeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    Long id;

    @Column(nullable = false, length = 64)
    String username;

    @Column(length = 64)
    String actor;

    @Column(nullable = false)
    Instant changedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    AccountChange.Kind kind;

    @Column(length = 4000)
    String fields;

    static AccountChangeEntity of(AccountChange change) {
        AccountChangeEntity entity = new AccountChangeEntity();
        entity.username = change.username();
        entity.actor = change.actor();
        entity.changedAt = change.at();
        entity.kind = change.kind();
        entity.fields = change.fields().isEmpty()
                ? null
                : change.fields().stream()
                        .map(f -> escape(f.field()) + "\t" + escape(f.before()) + "\t" + escape(f.after()))
                        .collect(Collectors.joining("\n"));
        return entity;
    }

    AccountChange toChange() {
        List<AccountChange.FieldChange> changed = new ArrayList<>();
        if (fields != null) {
            for (String line : fields.split("\n")) {
                String[] parts = line.split("\t", -1);
                changed.add(new AccountChange.FieldChange(unescape(parts[0]), unescape(parts[1]), unescape(parts[2])));
            }
        }
        return new AccountChange(username, actor, changedAt, kind, changed);
    }

    /** A missing value is written as nothing; backslashes, tabs and line ends in a value are escaped. */
    private static String escape(String value) {
        return value == null
                ? ""
                : value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    private static String unescape(String value) {
        if (value.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                text.append(next == 't' ? '\t' : next == 'n' ? '\n' : next);
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }
}
