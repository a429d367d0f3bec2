package org.banli.core.internal.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.banli.api.unit.Unit;
import org.junit.jupiter.api.Test;

class CategoryUnitsTest {

    private static final List<Unit> UNITS = List.of(
            new Unit("jtj", "县交通运输局"), new Unit("gaj", "县公安局"), new Unit("jyj", "县教育局"), new Unit("zjj", "县住房和城乡建设局"));

    @Test
    void unitsAreNamedWithOrWithoutTheCountyTheHostFirst() {
        CategoryUnits table = CategoryUnits.parse(
                List.of("# 类别 = 主办单位、协办单位", "", "交通 = 县交通运输局、公安局", " 教育=教育局", "城乡建设 = 县住房和城乡建设局，县交通运输局 县公安局"), UNITS);

        assertThat(table.problems()).isEmpty();
        assertThat(table.of("交通")).contains(new CategoryUnits.Units("jtj", List.of("gaj")));
        assertThat(table.of(" 教育 ")).contains(new CategoryUnits.Units("jyj", List.of()));
        assertThat(table.of("城乡建设")).contains(new CategoryUnits.Units("zjj", List.of("jtj", "gaj")));
        assertThat(table.of("医疗卫生")).isEmpty();
        assertThat(table.of(null)).isEmpty();
    }

    @Test
    void everyBadLineIsNamedAndTheRestKept() {
        CategoryUnits table =
                CategoryUnits.parse(List.of("交通 = 县交通运输局、县交警大队", "教育 县教育局", "卫生 = 县卫生健康局", "交通 = 县公安局"), UNITS);

        assertThat(table.problems())
                .containsExactly(
                        "第1行：没有名为 县交警大队 的单位 (line 1: no unit is called 县交警大队)",
                        "第2行应为“类别 = 主办单位、协办单位” (line 2 is not category = units): 教育 县教育局",
                        "第3行：没有名为 县卫生健康局 的单位 (line 3: no unit is called 县卫生健康局)",
                        "第4行：类别 交通 已在前面列出 (line 4: 交通 is listed before)");
        assertThat(table.of("交通"))
                .as("the known unit of the line kept, the repeated line left out")
                .contains(new CategoryUnits.Units("jtj", List.of()));
        assertThat(table.of("卫生")).isEmpty();
    }
}
