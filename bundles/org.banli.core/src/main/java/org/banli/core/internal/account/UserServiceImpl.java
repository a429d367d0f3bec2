package org.banli.core.internal.account;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.Collator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.banli.api.Actor;
import org.banli.api.BanliException;
import org.banli.api.RuleViolationException;
import org.banli.api.Text;
import org.banli.api.item.ItemKind;
import org.banli.api.unit.Unit;
import org.banli.api.user.AccountChange;
import org.banli.api.user.AccountChange.Kind;
import org.banli.api.user.AccountEdit;
import org.banli.api.user.LoginDelayedException;
import org.banli.api.user.LoginSessions;
import org.banli.api.user.PasswordReset;
import org.banli.api.user.Person;
import org.banli.api.user.Role;
import org.banli.api.user.User;
import org.banli.api.user.UserDraft;
import org.banli.api.user.UserService;
import org.banli.core.internal.Access;
import org.banli.core.internal.Texts;
import org.banli.store.spi.LoginFailureStore;
import org.banli.store.spi.UnitStore;
import org.banli.store.spi.UserStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Accounts: their administration, with an audit record of every change, and password checks for every login. */
@Component(
        service = {UserService.class, UserServiceImpl.class},
        configurationPid = AccountRules.PID)
@Designate(ocd = AccountRules.class)
public class UserServiceImpl implements UserService {

    static final int MIN_PASSWORD_LENGTH = 10;
    /**
     * How long the account of a right password is remembered before it is read again. The password itself is
     * remembered as long as the account's stored hash stays the one it matched (read at every use, so that a
     * change on any node ends it at once): the hash is deliberately slow and HTTP Basic sends the credentials
     * with every request, so a busy client must not pay it (seconds on a loaded server) again and again.
     */
    static final Duration REMEMBER = Duration.ofMinutes(1);
    /** Wrong current passwords are counted apart from logins (per account), so they cannot delay its logins. */
    static final String PASSWORD_CHANGE_CLIENT = "password-change:";

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9_.-]{1,63}");
    private static final Logger LOG = LoggerFactory.getLogger(UserServiceImpl.class);

    private final UserStore users;
    private final UnitStore units;
    private final LoginSessions logins;
    /** Hashes new passwords at the configured cost; stored hashes name their own cost and are checked at it. */
    private volatile PasswordHasher hasher;

    private final Clock clock;
    private final LoginThrottle throttle;
    /** Checks running now, by client and credentials: the same credentials at once share one slow hash. */
    private final Map<String, CompletableFuture<Optional<User>>> checking = new ConcurrentHashMap<>();
    /** Successes by username, remembered for {@link #REMEMBER} as a salted digest (never the password). */
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();
    /** Counts each account's password changes; a check remembers only what no change overtook. */
    private final Map<String, Long> generations = new ConcurrentHashMap<>();

    private final byte[] credentialSalt = new byte[16];

    @Activate
    public UserServiceImpl(
            @Reference UserStore users,
            @Reference UnitStore units,
            @Reference LoginFailureStore failures,
            @Reference LoginSessions logins,
            AccountRules rules) {
        this(
                users,
                units,
                failures,
                logins,
                hasherOf(rules, new PasswordHasher(PasswordHasher.DEFAULT_ITERATIONS)),
                Clock.systemUTC());
    }

    public UserServiceImpl(
            UserStore users,
            UnitStore units,
            LoginFailureStore failures,
            LoginSessions logins,
            PasswordHasher hasher,
            Clock clock) {
        this.users = users;
        this.units = units;
        this.logins = logins;
        this.throttle = new LoginThrottle(failures);
        this.hasher = hasher;
        this.clock = clock;
        new SecureRandom().nextBytes(credentialSalt);
    }

    @Modified
    void modified(AccountRules rules) {
        hasher = hasherOf(rules, hasher);
    }

    /** A cost below the floor is refused and the previous one stays, so no password is ever kept weaker. */
    static PasswordHasher hasherOf(AccountRules rules, PasswordHasher previous) {
        int iterations = rules.passwordHashIterations();
        if (iterations < PasswordHasher.MIN_ITERATIONS) {
            LOG.error(
                    "密码散列迭代次数 {} 低于下限 {}，沿用 {} (passwordHashIterations {} is below {}; {} stays)",
                    iterations,
                    PasswordHasher.MIN_ITERATIONS,
                    previous.iterations(),
                    iterations,
                    PasswordHasher.MIN_ITERATIONS,
                    previous.iterations());
            return previous;
        }
        if (iterations < PasswordHasher.DEFAULT_ITERATIONS) {
            LOG.warn(
                    "密码散列迭代次数 {} 低于 OWASP 建议的 {} (passwordHashIterations {} is below OWASP's {})",
                    iterations,
                    PasswordHasher.DEFAULT_ITERATIONS,
                    iterations,
                    PasswordHasher.DEFAULT_ITERATIONS);
        }
        return iterations == previous.iterations() ? previous : new PasswordHasher(iterations);
    }

    @Override
    public User create(Actor actor, UserDraft draft) {
        Access.requireRole(actor, Role.ADMIN, Text.Label.CREATE_ACCOUNTS);
        Texts.Violations violations = new Texts.Violations();
        if (draft.username() == null || !USERNAME.matcher(draft.username()).matches()) {
            violations.add("username", Text.Code.USERNAME_FORMAT);
        }
        validate(
                violations,
                new AccountEdit(draft.displayName(), draft.roles(), draft.unitCode(), draft.phone(), draft.email()),
                Optional.of(draft.password() == null ? "" : draft.password()));
        violations.throwIfAny();
        // The administrator chose this password, so the person must choose their own at the first login.
        User user = new User(
                draft.username(),
                draft.displayName(),
                draft.roles(),
                draft.unitCode(),
                draft.phone(),
                draft.email(),
                true,
                Instant.now(clock));
        User created = users.create(
                user, hasher.hash(draft.password().toCharArray()), change(user.username(), actor, Kind.CREATED));
        LOG.info("Account {} created by {} with roles {}", created.username(), actor.username(), created.roles());
        return created;
    }

    @Override
    public List<PasswordReset> createSubmitters(
            Actor actor, ItemKind kind, int year, List<UserService.NewSubmitter> submitters) {
        Access.requireAnyRole(actor, Text.Label.CREATE_ACCOUNTS, Role.OFFICE, Role.ADMIN);
        Texts.Violations violations = new Texts.Violations();
        List<User> made = new ArrayList<>();
        String prefix = (kind == ItemKind.PROPOSAL ? "member-" : "deputy-") + year + "-";
        int next = 1;
        Instant now = Instant.now(clock);
        for (UserService.NewSubmitter submitter : submitters) {
            String username;
            do {
                username = String.format(java.util.Locale.ROOT, "%s%03d", prefix, next++);
            } while (users.find(username).isPresent());
            // The telephone is the sheet's, kept with the item too: one too long for an account is left out here.
            String phone = Texts.isBlank(submitter.phone())
                            || submitter.phone().strip().length() > 30
                    ? null
                    : submitter.phone().strip();
            String name = submitter.displayName() == null
                    ? null
                    : submitter.displayName().strip();
            validate(violations, new AccountEdit(name, Set.of(Role.SUBMITTER), null, phone, null), Optional.empty());
            made.add(new User(username, name, Set.of(Role.SUBMITTER), null, phone, null, true, now));
        }
        violations.throwIfAny();
        List<PasswordReset> created = new ArrayList<>();
        for (User user : made) {
            String password = hasher.temporaryPassword();
            created.add(new PasswordReset(
                    users.create(
                            user, hasher.hash(password.toCharArray()), change(user.username(), actor, Kind.CREATED)),
                    password));
        }
        LOG.info("{} submitter accounts created from the office's sheet by {}", created.size(), actor.username());
        return created;
    }

    /** Creates an account without an acting administrator: only for the first admin account. */
    User createInitial(User user, char[] password) {
        return users.create(user, hasher.hash(password));
    }

    /** A password Banli chose, to be handed to a person who must replace it at the first login. */
    String temporaryPassword() {
        return hasher.temporaryPassword();
    }

    @Override
    public User edit(Actor actor, String username, AccountEdit edit) {
        Access.requireRole(actor, Role.ADMIN, Text.Label.MANAGE_ACCOUNTS);
        User account = existing(username);
        Texts.Violations violations = new Texts.Violations();
        validate(violations, edit, Optional.empty());
        if (actor.username().equals(username)
                && account.roles().contains(Role.ADMIN)
                && (edit.roles() == null || !edit.roles().contains(Role.ADMIN))) {
            // An administrator who could take away their own role could leave the county with none.
            violations.add("roles", Text.Code.OWN_ADMIN_ROLE_STAYS);
        }
        violations.throwIfAny();
        User edited = account.edited(normalized(edit));
        List<AccountChange.FieldChange> fields = differences(account, edited);
        if (fields.isEmpty()) {
            return account;
        }
        User saved = users.update(
                edited, new AccountChange(username, actor.username(), Instant.now(clock), Kind.EDITED, fields));
        forget(username);
        LOG.info("Account {} edited by {}: {}", username, actor.username(), fields);
        return saved;
    }

    @Override
    public User setDisabled(Actor actor, String username, boolean disabled) {
        Access.requireRole(actor, Role.ADMIN, Text.Label.MANAGE_ACCOUNTS);
        if (disabled && actor.username().equals(username)) {
            throw RuleViolationException.of("username", Text.of(Text.Code.OWN_ACCOUNT_STAYS_ENABLED));
        }
        User account = existing(username);
        if (account.disabled() == disabled) {
            return account;
        }
        User saved = users.update(
                account.withDisabled(disabled), change(username, actor, disabled ? Kind.DISABLED : Kind.ENABLED));
        if (disabled) {
            endLogins(username);
        } else {
            forget(username);
        }
        LOG.info("Account {} {} by {}", username, disabled ? "disabled" : "enabled", actor.username());
        return saved;
    }

    @Override
    public PasswordReset resetPassword(Actor actor, String username) {
        Access.requireRole(actor, Role.ADMIN, Text.Label.MANAGE_ACCOUNTS);
        existing(username);
        String password = hasher.temporaryPassword();
        User saved = users.updatePassword(
                username, hasher.hash(password.toCharArray()), true, change(username, actor, Kind.PASSWORD_RESET));
        endLogins(username);
        LOG.info("Password of account {} reset by {}", username, actor.username());
        return new PasswordReset(saved, password);
    }

    @Override
    public List<AccountChange> changes(Actor actor, String username) {
        Access.requireRole(actor, Role.ADMIN, Text.Label.MANAGE_ACCOUNTS);
        existing(username);
        return users.changes(username);
    }

    /** Ends the account's logins everywhere, and what this node remembers of its password. */
    private void endLogins(String username) {
        forget(username);
        logins.closeAll(username, null);
    }

    private User existing(String username) {
        return users.find(username)
                .orElseThrow(() -> BanliException.notFound(Text.of(Text.Code.ACCOUNT_NOT_FOUND, "username", username)));
    }

    private AccountChange change(String username, Actor actor, Kind kind) {
        return new AccountChange(username, actor == null ? null : actor.username(), Instant.now(clock), kind);
    }

    /** Blank contact details are no contact details. */
    private static AccountEdit normalized(AccountEdit edit) {
        return new AccountEdit(
                edit.displayName().strip(),
                edit.roles(),
                Texts.isBlank(edit.unitCode()) ? null : edit.unitCode(),
                Texts.isBlank(edit.phone()) ? null : edit.phone().strip(),
                Texts.isBlank(edit.email()) ? null : edit.email().strip());
    }

    /** What an edit changed, people and units by name as the audit record's reader wants them. */
    private List<AccountChange.FieldChange> differences(User before, User after) {
        List<AccountChange.FieldChange> fields = new ArrayList<>();
        differ(fields, "displayName", before.displayName(), after.displayName());
        differ(fields, "roles", rolesOf(before), rolesOf(after));
        differ(fields, "unit", unitName(before.unitCode()), unitName(after.unitCode()));
        differ(fields, "phone", before.phone(), after.phone());
        differ(fields, "email", before.email(), after.email());
        return fields;
    }

    private static void differ(List<AccountChange.FieldChange> fields, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            fields.add(new AccountChange.FieldChange(field, before, after));
        }
    }

    private static String rolesOf(User user) {
        return user.roles().stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }

    private String unitName(String code) {
        return code == null ? null : units.find(code).map(Unit::name).orElse(code);
    }

    @Override
    public User changePassword(Actor actor, char[] currentPassword, char[] newPassword) {
        if (authenticate(actor.username(), currentPassword, PASSWORD_CHANGE_CLIENT + actor.username())
                .isEmpty()) {
            throw RuleViolationException.of("currentPassword", Text.of(Text.Code.CURRENT_PASSWORD_WRONG));
        }
        if (newPassword.length < MIN_PASSWORD_LENGTH) {
            throw RuleViolationException.of(
                    "newPassword", Text.of(Text.Code.PASSWORD_TOO_SHORT, "min", MIN_PASSWORD_LENGTH));
        }
        if (Arrays.equals(currentPassword, newPassword)) {
            throw RuleViolationException.of("newPassword", Text.of(Text.Code.NEW_PASSWORD_SAME));
        }
        User user = users.updatePassword(
                actor.username(),
                hasher.hash(newPassword),
                false,
                change(actor.username(), actor, Kind.PASSWORD_CHANGED));
        forget(actor.username());
        LOG.info("Account {} changed its password", actor.username());
        return user;
    }

    @Override
    public User get(Actor actor, String username) {
        if (!actor.has(Role.ADMIN) && !actor.username().equals(username)) {
            throw BanliException.forbidden(Text.of(Text.Code.ONLY_ADMINS_SEE_ACCOUNTS));
        }
        return existing(username);
    }

    @Override
    public List<Person> people(Actor actor, Role role) {
        if (!actor.has(Role.OFFICE) && !actor.has(Role.SUPERVISOR) && !actor.has(Role.ADMIN)) {
            throw BanliException.forbidden(Text.of(Text.Code.NOT_ALLOWED, "action", Text.Label.CHOOSE_PEOPLE));
        }
        Collator chinese = Collator.getInstance(Locale.CHINA);
        return users.list().stream()
                .filter(user -> user.roles().contains(role) && !user.disabled())
                .map(user -> new Person(user.username(), user.displayName(), user.unitCode()))
                .sorted(Comparator.comparing(Person::name, chinese).thenComparing(Person::username))
                .toList();
    }

    @Override
    public List<User> list(Actor actor) {
        Access.requireRole(actor, Role.ADMIN, Text.Label.LIST_ACCOUNTS);
        return users.list();
    }

    @Override
    public Optional<User> find(String username) {
        return users.find(username);
    }

    @Override
    public Optional<User> authenticate(String username, char[] password, String client) {
        byte[] digest = credentialDigest(username, password);
        Instant now = Instant.now(clock);
        Remembered known = username == null ? null : remembered.get(username);
        if (known != null && MessageDigest.isEqual(known.digest, digest)) {
            // Even a remembered password is refused to a client that must wait: no free oracle for guessers.
            Optional<Duration> wait = throttle.waiting(username, client, now);
            if (wait.isPresent()) {
                throw new LoginDelayedException(wait.get());
            }
            Optional<User> still = stillRight(known, now);
            if (still.isPresent()) {
                return still;
            }
        }
        String key = client + "\0" + HexFormat.of().formatHex(digest);
        CompletableFuture<Optional<User>> mine = new CompletableFuture<>();
        CompletableFuture<Optional<User>> running = checking.putIfAbsent(key, mine);
        if (running != null) {
            return outcome(running);
        }
        try {
            long generation = username == null ? 0 : generations.getOrDefault(username, 0L);
            Optional<Checked> checked = check(username, password, client);
            // Remembered only if no password change came while the hash was being checked (see forget).
            checked.ifPresent(right -> remembered.compute(
                    username,
                    (name, old) -> generations.getOrDefault(name, 0L) == generation
                            ? new Remembered(digest, right.hash, right.user, now.plus(REMEMBER))
                            : old));
            Optional<User> result = checked.map(Checked::user);
            mine.complete(result);
            return result;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            checking.remove(key, mine);
        }
    }

    /**
     * A remembered password, still right if the account's stored hash is still the one it matched: a change
     * anywhere (on another node too) gives a new hash, and a full check. Past its time, the account is read
     * afresh and remembered again, without the slow hash.
     */
    private Optional<User> stillRight(Remembered known, Instant now) {
        String username = known.user.username();
        if (!users.passwordHash(username).map(known.hash::equals).orElse(false)) {
            return Optional.empty();
        }
        if (known.expires.isAfter(now)) {
            return Optional.of(known.user);
        }
        Optional<User> user = users.find(username);
        // Only in place of the entry read: a password change (forget) in between is not undone.
        user.ifPresent(fresh -> remembered.replace(
                username, known, new Remembered(known.digest, known.hash, fresh, now.plus(REMEMBER))));
        return user;
    }

    private Optional<Checked> check(String username, char[] password, String client) {
        Optional<String> hash = username == null ? Optional.empty() : users.passwordHash(username);
        // Unknown names count only for the client, so guessing names cannot fill the memory.
        String account = hash.isPresent() ? username : null;
        Optional<Duration> wait = throttle.admit(account, client, Instant.now(clock));
        if (wait.isPresent()) {
            throw new LoginDelayedException(wait.get());
        }
        boolean right = false;
        try {
            if (hash.isEmpty()) {
                hasher.burn(password);
            } else {
                right = hasher.matches(password, hash.get());
            }
        } finally {
            if (right) {
                throttle.succeeded(username, client, Instant.now(clock));
            } else {
                throttle.failed(account, client, Instant.now(clock));
            }
        }
        return right ? users.find(username).map(user -> new Checked(user, hash.get())) : Optional.empty();
    }

    /** A login whose password matched the stored {@code hash}. */
    private record Checked(User user, String hash) {}

    private static Optional<User> outcome(CompletableFuture<Optional<User>> check) {
        try {
            return check.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Forgets a remembered success after a password change, so the old password stops working at once. */
    private void forget(String username) {
        // Under the entry's lock, so that a check racing with the change cannot remember the old password.
        remembered.compute(username, (name, old) -> {
            generations.merge(name, 1L, Long::sum);
            return null;
        });
    }

    /** Identifies the same credentials without keeping the password: a digest salted per start. */
    private byte[] credentialDigest(String username, char[] password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(credentialSalt);
            sha.update(String.valueOf(username).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(StandardCharsets.UTF_8.encode(CharBuffer.wrap(password)));
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private record Remembered(byte[] digest, String hash, User user, Instant expires) {}

    /**
     * What a new account and an edited one must both satisfy, in the order of the form.
     *
     * @param password the new account's password; empty for an edit, which leaves the password alone
     */
    private void validate(Texts.Violations violations, AccountEdit draft, Optional<String> password) {
        Texts.require(violations, "displayName", Text.Label.DISPLAY_NAME, draft.displayName(), 100);
        if (password.isPresent() && password.get().length() < MIN_PASSWORD_LENGTH) {
            violations.add("password", Text.Code.PASSWORD_TOO_SHORT, "min", MIN_PASSWORD_LENGTH);
        }
        if (draft.roles() == null || draft.roles().isEmpty()) {
            violations.add("roles", Text.Code.ROLE_REQUIRED);
        } else if (draft.roles().stream().anyMatch(Role::needsUnit)) {
            if (Texts.isBlank(draft.unitCode())) {
                violations.add("unitCode", Text.Code.UNIT_REQUIRED_FOR_ROLE);
            } else if (units.find(draft.unitCode()).isEmpty()) {
                violations.add("unitCode", Text.Code.UNIT_NOT_FOUND, "unit", draft.unitCode());
            }
        } else if (!Texts.isBlank(draft.unitCode())) {
            violations.add("unitCode", Text.Code.UNIT_ONLY_FOR_UNIT_ROLES);
        }
        Texts.limit(violations, "phone", Text.Label.PHONE, draft.phone(), 30);
        Texts.limit(violations, "email", Text.Label.EMAIL, draft.email(), 200);
    }
}
