package org.banli.notify.sms.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SmsTextTest {

    @Test
    void aShortTextIsOnePartWithoutNumber() {
        assertThat(SmsText.split("【交办】2026年建议第1号", 70)).containsExactly("【交办】2026年建议第1号");
        String seventy = "办".repeat(70);
        assertThat(SmsText.split(seventy, 70)).containsExactly(seventy);
    }

    @Test
    void aLongTextIsCutIntoNumberedPartsThatFitAndJoinBackToTheText() {
        String text = "县教育局：您单位承办的2026年建议第12号《关于加强学生午餐管理的建议》将于7日后到期，请及时答复代表。".repeat(3);
        List<String> parts = SmsText.split(text, 40);
        assertThat(parts)
                .hasSizeGreaterThan(1)
                .allSatisfy(part ->
                        assertThat(part.codePointCount(0, part.length())).isLessThanOrEqualTo(40));
        assertThat(parts.get(0)).endsWith("(1/" + parts.size() + ")");
        assertThat(parts.get(parts.size() - 1)).endsWith("(" + parts.size() + "/" + parts.size() + ")");
        assertThat(String.join(
                        "",
                        parts.stream()
                                .map(p -> p.replaceAll("\\(\\d+/\\d+\\)$", ""))
                                .toList()))
                .isEqualTo(text);
    }

    @Test
    void partNumbersWithTwoDigitsStillFit() {
        List<String> parts = SmsText.split("字".repeat(500), 20);
        assertThat(parts)
                .hasSizeGreaterThanOrEqualTo(10)
                .allSatisfy(part -> assertThat(part.length()).isLessThanOrEqualTo(20));
        assertThat(parts.get(9)).endsWith("(10/" + parts.size() + ")");
    }

    @Test
    void aCharacterOutsideTheBasicPlaneIsNeverCutInHalf() {
        String text = "𠀀".repeat(30); // each is two UTF-16 units
        List<String> parts = SmsText.split(text, 20);
        assertThat(parts)
                .allSatisfy(part ->
                        assertThat(part.replaceAll("\\(\\d+/\\d+\\)$", "")).matches("(𠀀)+"));
        assertThat(parts.stream()
                        .mapToInt(p -> p.replaceAll("\\(\\d+/\\d+\\)$", "")
                                .codePointCount(
                                        0, p.replaceAll("\\(\\d+/\\d+\\)$", "").length()))
                        .sum())
                .isEqualTo(30);
    }

    @Test
    void templatesAreFilledAndUnknownPlaceholdersRefused() {
        assertThat(SmsText.fill("【县政府办】${name}：${subject}", Map.of("name", "张经办", "subject", "交办$1")))
                .isEqualTo("【县政府办】张经办：交办$1");
        assertThatThrownBy(() -> SmsText.check("${subjct}", Set.of("subject"), "template"))
                .hasMessageContaining("${subjct}");
    }
}
