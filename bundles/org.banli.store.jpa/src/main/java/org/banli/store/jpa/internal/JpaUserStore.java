package org.banli.store.jpa.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.persistence.EntityManager;
import org.banli.api.BanliException;
import org.banli.api.Text;
import org.banli.api.user.AccountChange;
import org.banli.api.user.Role;
import org.banli.api.user.User;
import org.banli.store.spi.UserStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = UserStore.class)
public class JpaUserStore implements UserStore {

    private final Database database;

    @Activate
    public JpaUserStore(@Reference Database database) {
        this.database = database;
    }

    @Override
    public User create(User user, String passwordHash, AccountChange change) {
        return database.inTransaction(em -> {
            if (database.keys().user(em, user.username()).isPresent()) {
                throw BanliException.conflict(Text.of(Text.Code.USERNAME_TAKEN, "username", user.username()));
            }
            UserEntity entity = new UserEntity();
            entity.username = user.username();
            write(em, entity, user);
            entity.passwordHash = passwordHash;
            entity.mustChangePassword = user.mustChangePassword();
            entity.createdAt = user.createdAt();
            em.persist(entity);
            em.persist(AccountChangeEntity.of(change));
            return entity.toUser();
        });
    }

    @Override
    public User update(User user, AccountChange change) {
        return database.inTransaction(em -> {
            UserEntity entity = existing(em, user.username());
            write(em, entity, user);
            em.persist(AccountChangeEntity.of(change));
            return entity.toUser();
        });
    }

    /** What an administrator sets of an account: all but its name, password and creation. */
    private void write(EntityManager em, UserEntity entity, User user) {
        entity.displayName = user.displayName();
        entity.roles = UserEntity.encodeRoles(user.roles());
        entity.unit = user.unitCode() == null
                ? null
                : database.keys()
                        .unit(em, user.unitCode())
                        .orElseThrow(() ->
                                BanliException.notFound(Text.of(Text.Code.UNIT_NOT_FOUND, "unit", user.unitCode())));
        entity.phone = user.phone();
        entity.email = user.email();
        entity.disabled = user.disabled();
    }

    private UserEntity existing(EntityManager em, String username) {
        return database.keys()
                .user(em, username)
                .orElseThrow(() -> BanliException.notFound(Text.of(Text.Code.ACCOUNT_NOT_FOUND, "username", username)));
    }

    @Override
    public Optional<User> find(String username) {
        return database.read(em -> database.keys().user(em, username).map(UserEntity::toUser));
    }

    @Override
    public Optional<String> passwordHash(String username) {
        return database.read(em ->
                database.keys().user(em, username).filter(u -> !u.disabled).map(u -> u.passwordHash));
    }

    @Override
    public List<User> list() {
        return database.read(em -> em.createQuery("SELECT u FROM UserEntity u ORDER BY u.username", UserEntity.class)
                .getResultStream()
                .map(UserEntity::toUser)
                .toList());
    }

    @Override
    public List<User> members(String unitCode) {
        return database.read(em -> em.createQuery(
                        "SELECT u FROM UserEntity u WHERE u.unit.code = :code ORDER BY" + " u.username",
                        UserEntity.class)
                .setParameter("code", unitCode)
                .getResultStream()
                .map(UserEntity::toUser)
                .toList());
    }

    @Override
    public List<User> withRole(Role role) {
        // Roles are kept as one comma-separated column; no role's name is part of another's.
        return database.read(em -> em.createQuery(
                        "SELECT u FROM UserEntity u WHERE u.roles LIKE :role ORDER BY" + " u.username",
                        UserEntity.class)
                .setParameter("role", "%" + role.name() + "%")
                .getResultStream()
                .map(UserEntity::toUser)
                .filter(u -> u.roles().contains(role))
                .toList());
    }

    @Override
    public User updatePassword(String username, String passwordHash, boolean mustChange, AccountChange change) {
        return database.inTransaction(em -> {
            UserEntity entity = existing(em, username);
            entity.passwordHash = passwordHash;
            entity.mustChangePassword = mustChange;
            em.persist(AccountChangeEntity.of(change));
            return entity.toUser();
        });
    }

    @Override
    public List<AccountChange> changes(String username) {
        return database.read(em -> em.createQuery(
                        "SELECT c FROM AccountChangeEntity c WHERE c.username = :username ORDER BY c.changedAt, c.id",
                        AccountChangeEntity.class)
                .setParameter("username", username)
                .getResultStream()
                .map(AccountChangeEntity::toChange)
                .toList());
    }

    @Override
    public Set<String> channels(String username) {
        return database.read(em -> database.keys()
                .user(em, username)
                .map(u -> u.channels == null
                        ? Set.<String>of()
                        : (Set<String>) new TreeSet<>(Arrays.asList(u.channels.split(","))))
                .orElse(Set.of()));
    }

    @Override
    public void setChannels(String username, Set<String> channels) {
        database.inTransaction(em -> {
            UserEntity entity = existing(em, username);
            entity.channels = channels.isEmpty() ? null : String.join(",", new TreeSet<>(channels));
            return null;
        });
    }
}
