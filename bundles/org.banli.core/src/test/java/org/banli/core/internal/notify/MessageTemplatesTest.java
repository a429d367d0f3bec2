package org.banli.core.internal.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.banli.api.Text;
import org.banli.core.internal.CountyWording;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessageTemplatesTest {

    private static final Map<String, String> VALUES =
            Map.of("label", "2026年建议第3号", "title", "关于午餐的建议", "deadline", "2027-02-27", "unit", "jyj", "kind", "建议");

    @AfterEach
    void builtInWordsAgain() {
        Text.useEdits(null);
    }

    @Test
    void builtInTextsFillTheirPlaceholdersInChineseAlone() {
        MessageTemplates.Text text = MessageTemplates.render("item.assigned.unit", VALUES);
        assertThat(text.subject()).isEqualTo("【交办】2026年建议第3号 关于午餐的建议");
        assertThat(text.body()).isEqualTo("2026年建议第3号《关于午餐的建议》：您单位收到交办件，答复期限 2027-02-27。");
    }

    @Test
    void aCountysEditedNotificationIsWordedFromTheSameFileAsEveryOtherText(@TempDir Path etc) throws IOException {
        Files.writeString(
                etc.resolve(CountyWording.CHINESE_FILE),
                "item.assigned.unit.subject = 【新交办件】{label}，请于{deadline}前答复 {unknown}\n",
                StandardCharsets.UTF_8);
        Text.useEdits(new CountyWording(etc));
        MessageTemplates.Text edited = MessageTemplates.render("item.assigned.unit", VALUES);
        assertThat(edited.subject()).isEqualTo("【新交办件】2026年建议第3号，请于2027-02-27前答复 {unknown}");
        assertThat(edited.body())
                .as("a text the county did not edit stays built in")
                .contains("您单位收到交办件");
    }
}
