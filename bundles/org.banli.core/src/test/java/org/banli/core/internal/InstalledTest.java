package org.banli.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class InstalledTest {

    private record Plugin(String id) {}

    private final Installed<Plugin> installed = new Installed<>("test plugin", "banli.test", Plugin::id);

    @Test
    void aPluginWhoseServicePropertyNamesItOtherwiseIsRefused() {
        assertThat(installed.add(new Plugin("csv"), Map.of("banli.test", "excel")))
                .isFalse();
        assertThat(installed.add(new Plugin("csv"), Map.of())).isFalse();
        assertThat(installed.isEmpty()).isTrue();
        assertThat(installed.add(new Plugin("csv"), Map.of("banli.test", "csv")))
                .isTrue();
        assertThat(installed.names()).containsExactly("csv");
    }

    @Test
    void aPluginOfTheSameNameReplacesTheOneBeforeWhichThenHasNothingToRemove() {
        Plugin old = new Plugin("pdf");
        Plugin updated = new Plugin("pdf");
        installed.add(old, Map.of("banli.test", "pdf"));
        installed.add(new Plugin("docx"), Map.of("banli.test", "docx"));
        installed.add(updated, Map.of("banli.test", "pdf"));
        assertThat(installed.remove(old)).isFalse();
        assertThat(installed.get("pdf")).containsSame(updated);
        assertThat(installed.all()).extracting(Plugin::id).containsExactly("docx", "pdf");
        assertThat(installed.remove(updated)).isTrue();
        assertThat(installed.get("pdf")).isEmpty();
        assertThat(installed.get(null)).isEmpty();
    }
}
