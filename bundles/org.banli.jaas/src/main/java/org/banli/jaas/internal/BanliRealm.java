package org.banli.jaas.internal;

import java.util.Map;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;
import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.banli.api.user.UserService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Replaces Karaf's own "karaf" realm (by a higher rank) with one that checks Banli's
 * accounts, so SSH, the console, JMX and REST all authenticate against the same users and
 * Karaf's users.properties needs no default account.
 */
@Component(service = JaasRealm.class)
public class BanliRealm implements JaasRealm {

    static final String NAME = "karaf";
    /** Karaf's built-in realm has rank 0. */
    static final int RANK = 100;

    private final AppConfigurationEntry[] entries;

    @Activate
    public BanliRealm(@Reference UserService users, BundleContext context) {
        Map<String, Object> options = Map.of(
                ProxyLoginModule.PROPERTY_MODULE,
                BanliLoginModule.class.getName(),
                ProxyLoginModule.PROPERTY_BUNDLE,
                Long.toString(context.getBundle().getBundleId()),
                BanliLoginModule.USER_SERVICE_OPTION,
                users);
        entries = new AppConfigurationEntry[] {
            new AppConfigurationEntry(ProxyLoginModule.class.getName(), LoginModuleControlFlag.REQUIRED, options)
        };
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public int getRank() {
        return RANK;
    }

    @Override
    public AppConfigurationEntry[] getEntries() {
        return entries.clone();
    }
}
