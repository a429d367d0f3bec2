package org.banli.store.jpa.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import org.banli.api.user.Role;
import org.banli.api.user.User;

@Entity
@Table(name = "BANLI_USER")
public class UserEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    Long id;

    @Column(nullable = false, unique = true, length = 64)
    String username;

    @Column(nullable = false, length = 100)
    String displayName;

    /** Comma-separated role names: a handful of values, read with the user every time. */
    @Column(nullable = false, length = 200)
    String roles;

    /** Chosen notification channels besides the inbox, comma-separated. */
    @Column(length = 500)
    String channels;

    @ManyToOne
    UnitEntity unit;

    @Column(length = 30)
    String phone;

    @Column(length = 200)
    String email;

    @Column(nullable = false, length = 200)
    String passwordHash;

    boolean mustChangePassword;

    @Column(nullable = false)
    boolean disabled;

    @Column(nullable = false)
    Instant createdAt;

    static String encodeRoles(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }

    User toUser() {
        Set<Role> roleSet = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(","))
                .filter(r -> !r.isEmpty())
                .map(Role::valueOf)
                .forEach(roleSet::add);
        return new User(
                username,
                displayName,
                roleSet,
                unit == null ? null : unit.code,
                phone,
                email,
                mustChangePassword,
                disabled,
                createdAt);
    }
}
