package org.banli.core.internal.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessageTemplatesTest {

    private static final Map<String, String> VALUES =
            Map.of("label", "2026年建议第3号", "title", "关于午餐的建议", "deadline", "2027-02-27", "unit", "jyj", "kind", "建议");

    @Test
    void builtInTextsFillTheirPlaceholdersInChineseAlone() {
        MessageTemplates.Text text = new MessageTemplates(null).render("item.assigned.unit", VALUES);
        assertThat(text.subject()).isEqualTo("【交办】2026年建议第3号 关于午餐的建议");
        assertThat(text.body()).isEqualTo("2026年建议第3号《关于午餐的建议》：您单位收到交办件，答复期限 2027-02-27。");
    }

    @Test
    void aCountysEditedTextIsUsedAndReadAgainWhenTheFileChanges(@TempDir Path etc) throws IOException {
        Path file = etc.resolve(MessageTemplates.FILE);
        MessageTemplates templates = new MessageTemplates(file);
        Files.writeString(
                file, "item.assigned.unit.subject = 【新交办件】{label}，请于{deadline}前答复 {unknown}\n", StandardCharsets.UTF_8);
        MessageTemplates.Text edited = templates.render("item.assigned.unit", VALUES);
        assertThat(edited.subject()).isEqualTo("【新交办件】2026年建议第3号，请于2027-02-27前答复 {unknown}");
        assertThat(edited.body())
                .as("a text the county did not edit stays built in")
                .contains("您单位收到交办件");

        Files.writeString(file, "item.assigned.unit.subject = 【交办】改过两次\n", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(10)));
        assertThat(templates.render("item.assigned.unit", VALUES).subject()).isEqualTo("【交办】改过两次");
        Files.delete(file);
        assertThat(templates.render("item.assigned.unit", VALUES).subject()).isEqualTo("【交办】2026年建议第3号 关于午餐的建议");
    }
}
