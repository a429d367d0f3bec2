package org.banli.core.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.banli.api.BanliException;
import org.banli.api.Text;
import org.banli.api.unit.Unit;
import org.banli.api.user.Role;
import org.banli.api.user.User;
import org.banli.store.spi.LoginFailureStore;
import org.banli.store.spi.UnitStore;
import org.banli.store.spi.UserStore;

/** Hand-written unit, user and login failure stores for the core's unit tests. */
public final class InMemoryDirectory {

    public final Map<String, Unit> units = new LinkedHashMap<>();
    public final Map<String, User> users = new LinkedHashMap<>();
    public final Map<String, String> hashes = new LinkedHashMap<>();
    public final Map<String, Set<String>> channels = new LinkedHashMap<>();

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
        public User create(User user, String passwordHash) {
            if (users.putIfAbsent(user.username(), user) != null) {
                throw BanliException.conflict(Text.of(Text.Code.USERNAME_TAKEN, "username", user.username()));
            }
            hashes.put(user.username(), passwordHash);
            return user;
        }

        @Override
        public Optional<User> find(String username) {
            return Optional.ofNullable(users.get(username));
        }

        @Override
        public Optional<String> passwordHash(String username) {
            return Optional.ofNullable(hashes.get(username));
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
        public User updatePassword(String username, String passwordHash) {
            User u = users.get(username);
            User changed = new User(
                    u.username(), u.displayName(), u.roles(), u.unitCode(), u.phone(), u.email(), false, u.createdAt());
            users.put(username, changed);
            hashes.put(username, passwordHash);
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
}
