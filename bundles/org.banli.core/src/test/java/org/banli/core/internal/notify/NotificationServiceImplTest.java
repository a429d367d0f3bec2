package org.banli.core.internal.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.banli.api.Actor;
import org.banli.api.PluginInfo;
import org.banli.api.RuleViolationException;
import org.banli.api.user.Role;
import org.banli.core.internal.InMemoryDirectory;
import org.junit.jupiter.api.Test;

class NotificationServiceImplTest {

    private final InMemoryDirectory directory = new InMemoryDirectory();
    private final NotificationServiceImpl notifications = new NotificationServiceImpl(
            null,
            directory.userStore,
            () -> List.of(
                    new PluginInfo("channel", "inbox", "org.banli.notify.inbox", "0.1.0"),
                    new PluginInfo("channel", "email", "org.banli.notify.email", "0.1.0"),
                    new PluginInfo("format", "pdf", "org.banli.report.pdf", "0.1.0")),
            Clock.systemUTC());
    private final Actor deputy = new Actor("deputy", Set.of(Role.SUBMITTER), null);

    @Test
    void peopleChooseAmongTheInstalledChannelsAndTheInboxIsAlwaysOn() {
        assertThat(notifications.channels(deputy)).isEmpty();
        assertThat(notifications.chooseChannels(deputy, Set.of("email", "inbox")))
                .containsExactly("email");
        assertThat(notifications.channels(deputy)).containsExactly("email");
        assertThatThrownBy(() -> notifications.chooseChannels(deputy, Set.of("sms", "pdf")))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.violations()).extracting(v -> v.field()).containsExactly("channels");
                    assertThat(e.getMessage()).contains("pdf、sms").contains("email、inbox");
                });
        assertThat(notifications.channels(deputy))
                .as("a refused choice changes nothing")
                .containsExactly("email");
        assertThat(notifications.chooseChannels(deputy, Set.of())).isEmpty();
    }
}
