package org.banli.console.internal;

import java.security.AccessController;
import java.security.Principal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.security.auth.Subject;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.banli.api.Actor;
import org.banli.api.BanliException;
import org.banli.api.RuleViolationException;
import org.banli.api.Text;
import org.banli.api.item.Item;
import org.banli.api.item.ItemKind;
import org.banli.api.item.ItemQuery;
import org.banli.api.item.ItemService;
import org.banli.api.unit.Unit;
import org.banli.api.unit.UnitService;
import org.banli.api.user.Role;
import org.banli.api.user.User;
import org.banli.api.user.UserService;

/** What the commands share: who is logged in, and which item a person names. */
final class Consoles {

    private static final Pattern LABEL = Pattern.compile(
            "(\\d{4})\\s*年?\\s*(建议|提案)\\s*第?\\s*(\\d+)\\s*号?" + "|(?i:(SUGGESTION|PROPOSAL))-(\\d{4})-(\\d+)");

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Consoles() {}

    /** The Banli account logged in to this console session: commands act as that person. */
    @SuppressWarnings("removal") // Karaf runs each command under the session's Subject
    static Actor actor(UserService users) {
        Subject subject = Subject.getSubject(AccessController.getContext());
        if (subject != null) {
            for (Principal principal : subject.getPrincipals(UserPrincipal.class)) {
                return users.find(principal.getName())
                        .map(UserService::actorOf)
                        .orElseThrow(() -> BanliException.forbidden(
                                Text.of(Text.Code.NOT_A_BANLI_ACCOUNT, "username", principal.getName())));
            }
        }
        throw BanliException.forbidden(Text.of(Text.Code.NOT_LOGGED_IN_CONSOLE));
    }

    /** A unit as people name it; "-" for none. */
    static String unitName(UnitService units, String code) {
        return code == null ? "-" : units.find(code).map(Unit::name).orElse(code);
    }

    /** A person as people name them; "-" for none. */
    static String personName(UserService users, String username) {
        return username == null
                ? "-"
                : users.find(username).map(User::displayName).orElse(username);
    }

    /** A role as an administrator types it, e.g. HANDLER; a clear refusal for one Banli lacks. */
    static Role role(String typed) {
        try {
            return Role.valueOf(typed.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RuleViolationException.of("role", Text.of(Text.Code.UNKNOWN_ROLE, "role", typed));
        }
    }

    /** An account's roles, in Chinese with their codes, as the console's reader types them. */
    static String roles(User user) {
        return user.roles().stream()
                .sorted()
                .map(role -> role.chinese() + " " + role.name())
                .collect(Collectors.joining("、"));
    }

    /** Disabled, to change its password at the next login, or neither. */
    static String state(User user) {
        if (user.disabled()) {
            return "已停用 disabled";
        }
        return user.mustChangePassword() ? "须改密码 must change password" : "正常 active";
    }

    /** A moment as the county's clock shows it, to the minute. */
    static String localTime(Instant at, ZoneId zone) {
        return at == null ? "-" : MINUTES.format(at.atZone(zone));
    }

    /**
     * The item a person names: its id, or its number as people say it — 2026年建议第12号,
     * 2026建议12, PROPOSAL-2026-3.
     */
    static long itemId(ItemService items, Actor actor, String reference) {
        String text = reference.strip();
        if (text.chars().allMatch(Character::isDigit)) {
            return Long.parseLong(text);
        }
        Matcher label = LABEL.matcher(text);
        if (!label.matches()) {
            throw RuleViolationException.of("item", Text.of(Text.Code.ITEM_REFERENCE, "reference", reference));
        }
        String kind = label.group(2) != null ? label.group(2) : label.group(4);
        ItemQuery query = ItemQuery.page(0, 1)
                .withKind(
                        kind.equals("建议") || kind.equalsIgnoreCase("SUGGESTION")
                                ? ItemKind.SUGGESTION
                                : ItemKind.PROPOSAL)
                .withYear(Integer.valueOf(label.group(1) != null ? label.group(1) : label.group(5)))
                .withNumber(Integer.valueOf(label.group(3) != null ? label.group(3) : label.group(6)));
        return items.list(actor, query).items().stream()
                .findFirst()
                .map(Item::id)
                .orElseThrow(() -> BanliException.notFound(Text.of(Text.Code.NO_SUCH_ITEM, "reference", reference)));
    }
}
