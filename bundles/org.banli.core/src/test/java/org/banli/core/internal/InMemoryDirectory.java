package org.banli.core.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.banli.api.BanliException;
import org.banli.api.Text;
import org.banli.api.unit.Unit;
import org.banli.api.user.AccountChange;
import org.banli.api.user.LoginSession;
import org.banli.api.user.LoginSessions;
import org.banli.api.user.Role;
import org.banli.api.user.User;
import org.banli.core.internal.account.LoginSessionsImpl;
import org.banli.store.spi.LoginFailureStore;
import org.banli.store.spi.LoginStore;
import org.banli.store.spi.UnitStore;
import org.banli.store.spi.UserStore;

/** Hand-written unit, user, login and login failure stores for the core's unit tests. */
public final class InMemoryDirectory {

    public final Map<String, Unit> units = new LinkedHashMap<>();
    public final Map<String, User> users = new LinkedHashMap<>();
    public final Map<String, String> hashes = new LinkedHashMap<>();
    public final Map<String, Set<String>> channels = new LinkedHashMap<>();
    public final List<AccountChange> changes = new CopyOnWriteArrayList<>();
    public final Logins loginStore = new Logins();
    public final LoginSessions logins = new LoginSessionsImpl(loginStore);

    public final UnitStore unitStore = new UnitStore() {
        @Override
        public Unit create(Unit unit) {
            if (units.putIfAbsent(unit.code(), unit) != null) {
                throw BanliException.conflict(Text.of(Text.Code.UNIT_CODE_TAKEN, "unit", unit.code()));
            }
            return unit;
        }

        @Override
        public Optional<Unit> find(String code) {
            return Optional.ofNullable(units.get(code));
        }

        @Override
        public List<Unit> list() {
            return List.copyOf(units.values());
        }
    };

    public final UserStore userStore = new UserStore() {
        @Override
        public User create(User user, String passwordHash, AccountChange change) {
            if (users.putIfAbsent(user.username(), user) != null) {
                throw BanliException.conflict(Text.of(Text.Code.USERNAME_TAKEN, "username", user.username()));
            }
            hashes.put(user.username(), passwordHash);
            changes.add(change);
            return user;
        }

        @Override
        public User update(User user, AccountChange change) {
            User stored = users.get(user.username());
            User updated = new User(
                    user.username(),
                    user.displayName(),
                    user.roles(),
                    user.unitCode(),
                    user.phone(),
                    user.email(),
                    stored.mustChangePassword(),
                    user.disabled(),
                    stored.createdAt());
            users.put(user.username(), updated);
            changes.add(change);
            return updated;
        }

        @Override
        public List<AccountChange> changes(String username) {
            return changes.stream().filter(c -> c.username().equals(username)).toList();
        }

        @Override
        public Optional<User> find(String username) {
            return Optional.ofNullable(users.get(username));
        }

        @Override
        public Optional<String> passwordHash(String username) {
            return users.containsKey(username) && users.get(username).disabled()
                    ? Optional.empty()
                    : Optional.ofNullable(hashes.get(username));
        }

        @Override
        public List<User> list() {
            return List.copyOf(users.values());
        }

        @Override
        public List<User> members(String unitCode) {
            return users.values().stream()
                    .filter(u -> unitCode.equals(u.unitCode()))
                    .toList();
        }

        @Override
        public List<User> withRole(Role role) {
            return users.values().stream().filter(u -> u.roles().contains(role)).toList();
        }

        @Override
        public Set<String> channels(String username) {
            return channels.getOrDefault(username, Set.of());
        }

        @Override
        public void setChannels(String username, Set<String> chosen) {
            channels.put(username, Set.copyOf(chosen));
        }

        @Override
        public User updatePassword(String username, String passwordHash, boolean mustChange, AccountChange change) {
            User u = users.get(username);
            User changed = new User(
                    u.username(),
                    u.displayName(),
                    u.roles(),
                    u.unitCode(),
                    u.phone(),
                    u.email(),
                    mustChange,
                    u.disabled(),
                    u.createdAt());
            users.put(username, changed);
            hashes.put(username, passwordHash);
            changes.add(change);
            return changed;
        }
    };

    public final Map<String, LoginFailureStore.Failures> failures = new LinkedHashMap<>();

    public final LoginFailureStore failureStore = new LoginFailureStore() {
        @Override
        public synchronized Failures change(String key, UnaryOperator<Failures> change) {
            Failures after = change.apply(failures.getOrDefault(key, Failures.NONE));
            if (after.count() <= 0) {
                failures.remove(key);
                return Failures.NONE;
            }
            failures.put(key, after);
            return after;
        }

        @Override
        public synchronized Map<String, Failures> find(Collection<String> keys) {
            return keys.stream().filter(failures::containsKey).collect(Collectors.toMap(k -> k, failures::get));
        }

        @Override
        public synchronized void forgetBefore(Instant last) {
            failures.values().removeIf(f -> f.last().isBefore(last));
        }
    };

    /** Logins in a map; counts the writes of a login's last use. */
    public static final class Logins implements LoginStore {
        public final Map<String, LoginSession> logins = new ConcurrentHashMap<>();
        public int seen;

        @Override
        public void save(LoginSession login) {
            logins.put(login.id(), login);
        }

        @Override
        public Optional<LoginSession> find(String digest) {
            return Optional.ofNullable(logins.get(digest));
        }

        @Override
        public void seen(String digest, Instant at) {
            seen++;
            logins.computeIfPresent(
                    digest, (d, l) -> new LoginSession(d, l.username(), l.csrfToken(), l.started(), at));
        }

        @Override
        public void delete(String digest) {
            logins.remove(digest);
        }

        @Override
        public List<LoginSession> of(String username) {
            return logins.values().stream()
                    .filter(l -> l.username().equals(username))
                    .sorted(Comparator.comparing(LoginSession::lastSeen))
                    .toList();
        }

        @Override
        public void deleteAll(String username, String keep) {
            logins.values().removeIf(l -> l.username().equals(username) && !l.id().equals(keep));
        }

        @Override
        public void deleteExpired(Instant idleBefore, Instant startedBefore) {
            logins.values()
                    .removeIf(l ->
                            l.lastSeen().isBefore(idleBefore) || l.started().isBefore(startedBefore));
        }
    }
}
