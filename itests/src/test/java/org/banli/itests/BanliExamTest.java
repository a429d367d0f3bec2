package org.banli.itests;

import java.time.Year;
import java.time.ZoneId;
import javax.inject.Inject;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * What every Pax Exam suite has: the distribution this build made, the container's console,
 * bundle context and configuration, and clients for anyone and for {@code admin} once Banli
 * serves. Subclasses run with {@code @RunWith(PaxExam.class)} and one container per class.
 */
public abstract class BanliExamTest {

    @Inject
    protected SessionFactory sessions;

    @Inject
    protected BundleContext bundleContext;

    @Inject
    protected ConfigurationAdmin configAdmin;

    protected Api anonymous;
    protected Api admin;
    protected String adminPassword;

    @Configuration
    public Option[] config() {
        return BanliDistribution.options();
    }

    @Before
    public void waitForBanli() throws Exception {
        adminPassword = BanliDistribution.adminPasswordWhenServing();
        anonymous = BanliDistribution.anonymous();
        admin = anonymous.as("admin", adminPassword);
    }

    /** This year in the county. */
    protected static int year() {
        return Year.now(ZoneId.of("Asia/Shanghai")).getValue();
    }
}
