package org.banli.core.internal.account;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** How accounts' passwords are kept (etc/org.banli.accounts.cfg). */
@ObjectClassDefinition(name = "Banli 账号 (accounts)")
public @interface AccountRules {

    String PID = "org.banli.accounts";

    @AttributeDefinition(name = "密码散列迭代次数 PBKDF2 iterations of a newly stored password (OWASP: 600000; at least 1000)")
    int passwordHashIterations() default PasswordHasher.DEFAULT_ITERATIONS;
}
