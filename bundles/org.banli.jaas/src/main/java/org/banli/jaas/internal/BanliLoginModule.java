package org.banli.jaas.internal;

import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.banli.api.Text;
import org.banli.api.user.LoginDelayedException;
import org.banli.api.user.Role;
import org.banli.api.user.User;
import org.banli.api.user.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a username and password against Banli's accounts. On success the subject gets a
 * {@link UserPrincipal} and one {@link RolePrincipal} per Banli role (lower case, e.g.
 * {@code office}); administrators also get Karaf's console roles.
 */
public class BanliLoginModule implements LoginModule {

    static final String USER_SERVICE_OPTION = UserService.class.getName();
    /** What Karaf's shell, SSH and command ACLs expect of an administrator, besides {@code admin}. */
    static final List<String> KARAF_CONSOLE_ROLES = List.of("manager", "viewer", "systembundles", "ssh");
    /** JAAS does not say where a console, SSH or JMX login comes from: they share one client for the throttle. */
    static final String CONSOLE_CLIENT = "console";

    private static final Logger LOG = LoggerFactory.getLogger(BanliLoginModule.class);

    private Subject subject;
    private CallbackHandler callbacks;
    private UserService users;
    private User user;
    private final List<Principal> principals = new ArrayList<>();

    @Override
    public void initialize(
            Subject subject, CallbackHandler callbackHandler, Map<String, ?> sharedState, Map<String, ?> options) {
        this.subject = subject;
        this.callbacks = callbackHandler;
        this.users = (UserService) options.get(USER_SERVICE_OPTION);
    }

    @Override
    public boolean login() throws LoginException {
        NameCallback name = new NameCallback("用户名 (username): ");
        PasswordCallback password = new PasswordCallback("密码 (password): ", false);
        try {
            callbacks.handle(new Callback[] {name, password});
        } catch (IOException | UnsupportedCallbackException e) {
            throw new LoginException("无法读取用户名和密码 (cannot read the credentials): " + e.getMessage());
        }
        char[] secret = password.getPassword() == null ? new char[0] : password.getPassword();
        try {
            Optional<User> found;
            try {
                found = users.authenticate(name.getName(), secret, CONSOLE_CLIENT);
            } catch (LoginDelayedException e) {
                LOG.info("Login for {} delayed by {} s after failures", name.getName(), e.retryAfterSeconds());
                throw new FailedLoginException(e.getMessage());
            }
            if (found.isEmpty()) {
                LOG.info("Failed login for {}", name.getName());
                throw new FailedLoginException("用户名或密码错误 (wrong username or password)");
            }
            if (found.get().mustChangePassword()) {
                // The console has no way to set a password: the desk or REST does, then the console opens.
                LOG.info("Console login for {} refused until its initial password is changed", name.getName());
                throw new FailedLoginException(
                        Text.of(Text.Code.PASSWORD_CHANGE_REQUIRED).bilingual());
            }
            user = found.get();
            return true;
        } finally {
            Arrays.fill(secret, '\0');
            password.clearPassword();
        }
    }

    @Override
    public boolean commit() {
        if (user == null) {
            return false;
        }
        principals.add(new UserPrincipal(user.username()));
        for (Role role : user.roles()) {
            principals.add(new RolePrincipal(role.name().toLowerCase(Locale.ROOT)));
        }
        if (user.roles().contains(Role.ADMIN)) {
            KARAF_CONSOLE_ROLES.stream().map(RolePrincipal::new).forEach(principals::add);
        }
        subject.getPrincipals().addAll(principals);
        return true;
    }

    @Override
    public boolean abort() {
        return logout();
    }

    @Override
    public boolean logout() {
        subject.getPrincipals().removeAll(principals);
        principals.clear();
        user = null;
        return true;
    }
}
