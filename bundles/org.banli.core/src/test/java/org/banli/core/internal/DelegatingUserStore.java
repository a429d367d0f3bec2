package org.banli.core.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.banli.api.user.AccountChange;
import org.banli.api.user.Role;
import org.banli.api.user.User;
import org.banli.store.spi.UserStore;

/** A user store that passes everything on, for tests that watch or hold up one call. */
public class DelegatingUserStore implements UserStore {

    private final UserStore store;

    public DelegatingUserStore(UserStore store) {
        this.store = store;
    }

    @Override
    public User create(User user, String passwordHash, AccountChange change) {
        return store.create(user, passwordHash, change);
    }

    @Override
    public User update(User user, AccountChange change) {
        return store.update(user, change);
    }

    @Override
    public List<AccountChange> changes(String username) {
        return store.changes(username);
    }

    @Override
    public Optional<User> find(String username) {
        return store.find(username);
    }

    @Override
    public Optional<String> passwordHash(String username) {
        return store.passwordHash(username);
    }

    @Override
    public List<User> list() {
        return store.list();
    }

    @Override
    public List<User> members(String unitCode) {
        return store.members(unitCode);
    }

    @Override
    public List<User> withRole(Role role) {
        return store.withRole(role);
    }

    @Override
    public Set<String> channels(String username) {
        return store.channels(username);
    }

    @Override
    public void setChannels(String username, Set<String> channels) {
        store.setChannels(username, channels);
    }

    @Override
    public User updatePassword(String username, String passwordHash, boolean mustChange, AccountChange change) {
        return store.updatePassword(username, passwordHash, mustChange, change);
    }
}
