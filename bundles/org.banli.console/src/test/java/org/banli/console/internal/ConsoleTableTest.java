package org.banli.console.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleTableTest {

    @Test
    void chineseColumnsLineUpOnATerminalAndLongTitlesAreCut() {
        ConsoleTable table = new ConsoleTable().column("编号").numbers("剩余天数").column("标题", 12);
        table.row("2026年建议第1号", 5, "关于改善城关小学周边交通秩序的建议");
        table.row("2026年提案第12号", 120, "Short title");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        table.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();

        assertThat(lines).hasSize(4);
        // Every separator stands in the same terminal column on every line.
        int first = ConsoleTable.cells(lines.get(0).substring(0, lines.get(0).indexOf(" | ")));
        for (String line : List.of(lines.get(0), lines.get(2), lines.get(3))) {
            assertThat(ConsoleTable.cells(line.substring(0, line.indexOf(" | "))))
                    .as(line)
                    .isEqualTo(first);
        }
        assertThat(lines.get(2)).contains("关于改善城…").doesNotContain("关于改善城关");
        assertThat(lines.get(2)).contains("|        5 |");
        assertThat(ConsoleTable.cells("2026年建议")).isEqualTo(10);
    }
}
