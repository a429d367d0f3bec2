package org.banli.core.internal.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.banli.api.user.Role;
import org.banli.api.user.User;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure an account named {@code admin} exists. Its first password comes from the
 * environment variable {@value #PASSWORD_VARIABLE}; without it one is generated and written
 * to {@value #PASSWORD_FILE} under Karaf's data folder, readable by its owner only. There is
 * no built-in default password.
 */
@Component(immediate = true)
public class FirstAdminAccount {

    static final String USERNAME = "admin";
    static final String PASSWORD_VARIABLE = "BANLI_ADMIN_PASSWORD";
    static final String PASSWORD_FILE = "banli/admin-password.txt";
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdminAccount.class);

    @Activate
    public FirstAdminAccount(@Reference UserServiceImpl users, BundleContext context) {
        this(users, System.getenv(PASSWORD_VARIABLE), Path.of(context.getProperty("karaf.data")), Clock.systemUTC());
    }

    public FirstAdminAccount(UserServiceImpl users, String passwordFromEnvironment, Path dataFolder, Clock clock) {
        if (users.find(USERNAME).isPresent()) {
            return;
        }
        boolean generated = passwordFromEnvironment == null || passwordFromEnvironment.isBlank();
        if (!generated && passwordFromEnvironment.length() < UserServiceImpl.MIN_PASSWORD_LENGTH) {
            LOG.error(
                    "{} 短于{}个字符，改为生成密码 ({} is shorter than {} characters; generating a password instead)",
                    PASSWORD_VARIABLE,
                    UserServiceImpl.MIN_PASSWORD_LENGTH,
                    PASSWORD_VARIABLE,
                    UserServiceImpl.MIN_PASSWORD_LENGTH);
            generated = true;
        }
        String password = generated ? users.temporaryPassword() : passwordFromEnvironment;
        User admin = new User(USERNAME, "系统管理员", Set.of(Role.ADMIN), null, null, null, generated, Instant.now(clock));
        // The file first: an admin whose generated password was never written down would lock everyone out.
        Path file = generated ? writeOwnerOnly(dataFolder.resolve(PASSWORD_FILE), password) : null;
        users.createInitial(admin, password.toCharArray());
        if (generated) {
            LOG.warn(
                    "首个管理员账号 admin 已创建，初始密码见 {} (first admin account created; its generated password is in"
                            + " that file, readable only by its owner)",
                    file);
        } else {
            LOG.info("First admin account created with the password from {}", PASSWORD_VARIABLE);
        }
    }

    private static Path writeOwnerOnly(Path file, String password) {
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, password + System.lineSeparator(), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("无法写入管理员密码文件 (cannot write the admin password file) " + file, e);
        }
    }
}
