package org.banli.api.report;

import java.util.List;

/**
 * One report Banli offers.
 *
 * @param id          e.g. {@code register}
 * @param name        its Chinese name, e.g. 建议提案台账
 * @param englishName e.g. Item register
 * @param parameters  the {@link ReportParameters} fields it reads, e.g. {@code year}, {@code item}
 */
public record ReportInfo(String id, String name, String englishName, List<String> parameters) {

    public ReportInfo {
        parameters = List.copyOf(parameters);
    }
}
