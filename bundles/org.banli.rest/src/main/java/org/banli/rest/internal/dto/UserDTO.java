package org.banli.rest.internal.dto;

import java.time.Instant;
import java.util.Set;
import org.banli.api.user.Role;
import org.banli.api.user.User;

/** An account as the API shows it: never the password or its hash. */
public record UserDTO(
        String username,
        String displayName,
        Set<Role> roles,
        String unitCode,
        String phone,
        String email,
        boolean mustChangePassword,
        boolean disabled,
        Instant createdAt) {

    public static UserDTO of(User user) {
        return new UserDTO(
                user.username(),
                user.displayName(),
                user.roles(),
                user.unitCode(),
                user.phone(),
                user.email(),
                user.mustChangePassword(),
                user.disabled(),
                user.createdAt());
    }
}
