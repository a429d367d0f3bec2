package org.banli.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import org.glassfish.jersey.media.multipart.FormDataContentDisposition;
import org.junit.jupiter.api.Test;

class IntakeResourceTest {

    private static String nameIn(String disposition) throws ParseException {
        return IntakeResource.fileName(new FormDataContentDisposition(disposition));
    }

    @Test
    void aFormsFileNameKeepsItsChineseHoweverTheBrowserWroteIt() throws ParseException {
        // The header's UTF-8 bytes as a reader of ISO-8859-1 sees them: what a browser sends for a Chinese name.
        String asSent = new String("2026年建议汇总.xlsx".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertThat(nameIn("form-data; name=\"file\"; filename=\"" + asSent + "\""))
                .isEqualTo("2026年建议汇总.xlsx");
        assertThat(
                        nameIn(
                                "form-data; name=\"file\"; filename=\"x.csv\"; filename*=UTF-8''2026%E5%B9%B4%E6%8F%90%E6%A1%88+1.csv"))
                .as("RFC 5987's form first, a plus sign kept")
                .isEqualTo("2026年提案+1.csv");
        assertThat(nameIn("form-data; name=\"file\"; filename=\"batch.csv\"")).isEqualTo("batch.csv");
        assertThat(nameIn("form-data; name=\"file\"; filename=\"2026年建议.csv\""))
                .as("a name already read as Chinese stays as it is")
                .isEqualTo("2026年建议.csv");
        assertThat(nameIn("form-data; name=\"file\"; filename=\"caf\u00e9.csv\""))
                .as("Latin-1 that is no UTF-8 stays as it is")
                .isEqualTo("caf\u00e9.csv");
        assertThat(IntakeResource.fileName(null)).isNull();
    }
}
