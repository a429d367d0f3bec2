package org.banli.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Locale;
import org.banli.api.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CountyWordingTest {

    private static final Text TOO_LONG = Text.of(Text.Code.TOO_LONG, "label", Text.Label.TITLE, "max", 200);

    @AfterEach
    void builtInWordsAgain() {
        Text.useEdits(null);
    }

    @Test
    void theCountysWordsReplaceTheBuiltInOnesInEachLanguageAndAreReadAgainWhenAFileChanges(@TempDir Path etc)
            throws IOException {
        String builtInChinese = TOO_LONG.in(Locale.CHINESE);
        String builtInEnglish = TOO_LONG.in(Locale.ENGLISH);
        Path chinese = etc.resolve(CountyWording.CHINESE_FILE);
        Path english = etc.resolve(CountyWording.ENGLISH_FILE);
        Files.writeString(chinese, "label.TITLE = 案由\n", StandardCharsets.UTF_8);
        Files.writeString(english, "TOO_LONG = {label}: {max} characters at most\n", StandardCharsets.UTF_8);
        CountyWording wording = new CountyWording(etc);
        wording.start();

        assertThat(TOO_LONG.in(Locale.CHINESE))
                .as("a label the county renamed, inside a text it did not edit")
                .isEqualTo(builtInChinese.replace("标题", "案由"))
                .isNotEqualTo(builtInChinese);
        assertThat(TOO_LONG.in(Locale.ENGLISH)).isEqualTo("the title: 200 characters at most");

        Files.writeString(chinese, "label.TITLE = 题目\n", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(chinese, FileTime.from(Instant.now().plusSeconds(10)));
        assertThat(TOO_LONG.in(Locale.CHINESE)).isEqualTo(builtInChinese.replace("标题", "题目"));

        Files.delete(chinese);
        assertThat(TOO_LONG.in(Locale.CHINESE))
                .as("without the file, the built-in words")
                .isEqualTo(builtInChinese);

        wording.stop();
        assertThat(TOO_LONG.in(Locale.ENGLISH))
                .as("once the core stops, the built-in words")
                .isEqualTo(builtInEnglish);
    }

    @Test
    void aFileThatCannotBeReadLeavesTheLastGoodWords(@TempDir Path etc) throws IOException {
        Path chinese = etc.resolve(CountyWording.CHINESE_FILE);
        Files.writeString(chinese, "label.TITLE = 案由\n", StandardCharsets.UTF_8);
        CountyWording wording = new CountyWording(etc);
        assertThat(wording.wording("label.TITLE", false)).isEqualTo("案由");

        Files.writeString(chinese, "label.TITLE = \\u12\n", StandardCharsets.UTF_8); // a broken escape
        Files.setLastModifiedTime(chinese, FileTime.from(Instant.now().plusSeconds(10)));
        assertThat(wording.wording("label.TITLE", false)).isEqualTo("案由");
        assertThat(wording.wording("label.TITLE", true))
                .as("no English file: built in")
                .isNull();
    }
}
