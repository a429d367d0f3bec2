package org.banli.core.internal.notify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @Test
    void everyCommonFormOfAChinesePhoneNumberIsMasked() {
        for (String number : new String[] {
            "13800138000",
            "+8613900139000",
            "+86 139 0013 9000",
            "008613900139000",
            "138 0013 8000",
            "138-0013-8000",
            "(0571)88886666",
            "（0571）88886666",
            "0571 8888 6666",
            "0571-88886666",
            "010-12345678",
            "+86 571 8888 6666",
            "+86(571)88886666"
        }) {
            assertThat(PhoneNumbers.masked("请致电" + number + "联系。")).as(number).isEqualTo("请致电***联系。");
        }
    }

    @Test
    void datesNumbersAndAmountsAreLeftAlone() {
        String text = "2026-11-27答复，投入1200万元，惠及3000户，文号县政办〔2026〕15号，编号01234567。";
        assertThat(PhoneNumbers.masked(text)).isEqualTo(text);
    }
}
