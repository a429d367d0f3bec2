package org.banli.core.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.banli.api.Actor;
import org.banli.api.BanliException;
import org.banli.api.RuleViolationException;
import org.banli.api.store.UnitStore;
import org.banli.api.store.UserStore;
import org.banli.api.user.Role;
import org.banli.api.user.User;
import org.banli.api.user.UserDraft;
import org.banli.api.user.UserService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Accounts: creation by administrators, password checks for the JAAS realm. */
@Component(service = { UserService.class, UserServiceImpl.class })
public class UserServiceImpl implements UserService {

    static final int MIN_PASSWORD_LENGTH = 10;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9_.-]{1,63}");
    private static final Logger LOG = LoggerFactory.getLogger(UserServiceImpl.class);

    private final UserStore users;
    private final UnitStore units;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final LoginThrottle throttle = new LoginThrottle();

    @Activate
    public UserServiceImpl(@Reference UserStore users, @Reference UnitStore units) {
        this(users, units, new PasswordHasher(PasswordHasher.DEFAULT_ITERATIONS), Clock.systemUTC());
    }

    UserServiceImpl(UserStore users, UnitStore units, PasswordHasher hasher, Clock clock) {
        this.users = users;
        this.units = units;
        this.hasher = hasher;
        this.clock = clock;
    }

    @Override
    public User create(Actor actor, UserDraft draft) {
        Access.requireRole(actor, Role.ADMIN, "创建账号", "create accounts");
        validate(draft);
        User user = new User(draft.username(), draft.displayName(), draft.roles(), draft.unitCode(), draft.phone(),
                draft.email(), false, Instant.now(clock));
        User created = users.create(user, hasher.hash(draft.password().toCharArray()));
        LOG.info("Account {} created by {} with roles {}", created.username(), actor.username(), created.roles());
        return created;
    }

    /** Creates an account without an acting administrator: only for the first admin account. */
    User createInitial(User user, char[] password) {
        return users.create(user, hasher.hash(password));
    }

    @Override
    public User changePassword(Actor actor, char[] currentPassword, char[] newPassword) {
        if (authenticate(actor.username(), currentPassword).isEmpty()) {
            throw RuleViolationException.of("currentPassword", "当前密码不正确 (the current password is wrong)");
        }
        if (newPassword.length < MIN_PASSWORD_LENGTH) {
            throw RuleViolationException.of("newPassword", "新密码至少" + MIN_PASSWORD_LENGTH + "个字符 (the new password needs"
                    + " at least " + MIN_PASSWORD_LENGTH + " characters)");
        }
        if (Arrays.equals(currentPassword, newPassword)) {
            throw RuleViolationException.of("newPassword", "新密码不能与当前密码相同 (the new password must differ)");
        }
        User user = users.updatePassword(actor.username(), hasher.hash(newPassword));
        LOG.info("Account {} changed its password", actor.username());
        return user;
    }

    @Override
    public User get(Actor actor, String username) {
        if (!actor.has(Role.ADMIN) && !actor.username().equals(username)) {
            throw BanliException.forbidden("只有管理员可以查看他人账号 (only administrators see other accounts)");
        }
        return users.find(username)
                .orElseThrow(() -> BanliException.notFound("账号 " + username + " 不存在 (account not found)"));
    }

    @Override
    public List<User> list(Actor actor) {
        Access.requireRole(actor, Role.ADMIN, "查看账号列表", "list accounts");
        return users.list();
    }

    @Override
    public Optional<User> find(String username) {
        return users.find(username);
    }

    @Override
    public Optional<User> authenticate(String username, char[] password) {
        Optional<String> hash = username == null ? Optional.empty() : users.passwordHash(username);
        Instant now = Instant.now(clock);
        if (hash.isEmpty() || !throttle.attempt(username, now)) {
            hasher.burn(password);
            return Optional.empty();
        }
        if (!hasher.matches(password, hash.get())) {
            return Optional.empty();
        }
        throttle.succeeded(username);
        return users.find(username);
    }

    private void validate(UserDraft draft) {
        Texts.Violations violations = new Texts.Violations();
        if (draft.username() == null || !USERNAME.matcher(draft.username()).matches()) {
            violations.add("username", "用户名须为2–64位小写字母、数字或 _ . - (username must be 2–64 lowercase letters, "
                    + "digits, _ . -)");
        }
        Texts.require(violations, "displayName", "姓名", draft.displayName(), 100);
        if (draft.password() == null || draft.password().length() < MIN_PASSWORD_LENGTH) {
            violations.add("password", "密码至少" + MIN_PASSWORD_LENGTH + "个字符 (password needs at least "
                    + MIN_PASSWORD_LENGTH + " characters)");
        }
        if (draft.roles() == null || draft.roles().isEmpty()) {
            violations.add("roles", "至少需要一个角色 (at least one role is required)");
        } else if (draft.roles().stream().anyMatch(Role::needsUnit)) {
            if (Texts.isBlank(draft.unitCode())) {
                violations.add("unitCode", "经办人和单位负责人必须属于一个承办单位 (handlers and unit heads need a unit)");
            } else if (units.find(draft.unitCode()).isEmpty()) {
                violations.add("unitCode", "承办单位 " + draft.unitCode() + " 不存在 (unit " + draft.unitCode()
                        + " does not exist)");
            }
        } else if (!Texts.isBlank(draft.unitCode())) {
            violations.add("unitCode", "只有经办人和单位负责人属于承办单位 (only handlers and unit heads belong to a unit)");
        }
        Texts.limit(violations, "phone", "电话", draft.phone(), 30);
        Texts.limit(violations, "email", "电子邮箱", draft.email(), 200);
        violations.throwIfAny();
    }
}
