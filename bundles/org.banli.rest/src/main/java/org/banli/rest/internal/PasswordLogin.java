package org.banli.rest.internal;

import java.util.Arrays;
import java.util.Optional;
import javax.ws.rs.ServiceUnavailableException;
import org.banli.api.user.User;
import org.banli.api.user.UserService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Checks usernames and passwords against Banli's accounts, the same ones Karaf's console realm
 * checks, telling the account service where each attempt comes from so that its throttle slows
 * only the client that fails. The account service is optional here, so that the API (and its
 * health check) stays up and says so while the core is down.
 */
@Component(service = PasswordLogin.class)
public class PasswordLogin {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile UserService users;

    /**
     * The account of these credentials, or empty when they are wrong.
     *
     * @param client the remote address the attempt comes from
     * @throws org.banli.api.user.LoginDelayedException when that client must wait after too many failures
     */
    Optional<User> login(String username, char[] password, String client) {
        try {
            return accounts().authenticate(username, password, client);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** The account as it is now, for a login made earlier (a web session); empty once it is gone or disabled. */
    Optional<User> account(String username) {
        return accounts().find(username).filter(user -> !user.disabled());
    }

    /** Whether logins can be checked at all: false while Banli's core is not running. */
    boolean available() {
        return users != null;
    }

    private UserService accounts() {
        UserService accounts = users;
        if (accounts == null) {
            throw new ServiceUnavailableException("账号服务未运行 (the account service is not running)", 5L);
        }
        return accounts;
    }
}
