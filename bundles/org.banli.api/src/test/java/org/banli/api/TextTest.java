package org.banli.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.banli.api.item.ItemAction;
import org.banli.api.item.ItemKind;
import org.banli.api.item.ItemNumber;
import org.banli.api.item.ItemStatus;
import org.junit.jupiter.api.Test;

class TextTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    @Test
    void everyCodeAndLabelHasItsWordsInBothLanguagesWithTheSamePlaceholders() throws IOException {
        Properties chinese = messages("messages.properties");
        Properties english = messages("messages_en.properties");
        List<String> codes = Stream.concat(
                        Arrays.stream(Text.Code.values()).map(Enum::name),
                        Arrays.stream(Text.Label.values()).map(label -> "label." + label.name()))
                .toList();
        // The Chinese file words the notifications too (item.*), which are official and so Chinese alone.
        Set<String> notifications = new TreeSet<>(chinese.stringPropertyNames());
        notifications.removeIf(key -> !key.startsWith("item."));
        assertThat(notifications).isNotEmpty().allMatch(key -> key.endsWith(".subject") || key.endsWith(".body"));
        Set<String> coded = new TreeSet<>(chinese.stringPropertyNames());
        coded.removeAll(notifications);
        assertThat(coded).containsExactlyInAnyOrderElementsOf(codes);
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(codes);
        for (String code : codes) {
            assertThat(placeholders(english.getProperty(code)))
                    .as(code)
                    .isEqualTo(placeholders(chinese.getProperty(code)));
            assertThat(chinese.getProperty(code)).as(code).containsPattern("\\p{IsHan}");
        }
    }

    @Test
    void aRefusalNamesStatesAndActionsInTheReadersLanguage() {
        Text text = Text.of(
                Text.Code.STATE_DOES_NOT_ALLOW,
                "item",
                new ItemNumber(ItemKind.SUGGESTION, 2026, 12),
                "status",
                ItemStatus.ASSIGNED,
                "action",
                ItemAction.SUBMIT_REPLY,
                "allowed",
                List.of(ItemStatus.HANDLING, ItemStatus.REPLY_APPROVED));

        assertThat(text.in(Locale.CHINESE)).isEqualTo("2026年建议第12号当前为“已交办”，不能提交答复（须为：办理中、已审定）");
        assertThat(text.in(Locale.forLanguageTag("zh-CN"))).isEqualTo(text.in(Locale.CHINESE));
        assertThat(text.in(Locale.ENGLISH))
                .isEqualTo("suggestion 12 of 2026 is assigned; submit reply needs one of: handling, reply approved");
        assertThat(text.bilingual()).isEqualTo(text.in(Locale.CHINESE) + " (" + text.in(Locale.ENGLISH) + ")");
        assertThat(Text.of(Text.Code.ONLY_HOST_UNIT, "action", Bilingual.of("签收", "accept"))
                        .in(Locale.ENGLISH))
                .isEqualTo("only the host unit may accept");
        Text tooLong = Text.of(Text.Code.TOO_LONG, "label", Text.Label.MERGE_REASON, "max", 500);
        assertThat(tooLong.in(Locale.CHINESE)).isEqualTo("并案说明不能超过500个字符");
        assertThat(tooLong.in(Locale.ENGLISH)).isEqualTo("the reason for the merge may have at most 500 characters");
        Text nested = Text.of(Text.Code.RULE_CANNOT_SCORE, "rule", "formula", "reason", tooLong);
        assertThat(nested.in(Locale.ENGLISH))
                .isEqualTo("rule formula cannot score: the reason for the merge may have at most 500 characters");
    }

    @Test
    void aReaderOfAnyOtherLanguageReadsChineseWhateverTheServersLanguage() {
        Locale machine = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            Text text = Text.of(Text.Code.ITEM_NOT_FOUND, "id", 7);
            assertThat(text.in(Locale.CHINESE)).isEqualTo("件 7 不存在");
            assertThat(text.in(Locale.FRENCH)).isEqualTo("件 7 不存在");
        } finally {
            Locale.setDefault(machine);
        }
    }

    private static Properties messages(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Text.class.getResourceAsStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
