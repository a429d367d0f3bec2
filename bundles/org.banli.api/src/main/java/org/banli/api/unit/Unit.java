package org.banli.api.unit;

import java.util.List;

/**
 * A handling unit (承办单位), e.g. 县教育局.
 *
 * @param code short stable code used in URLs and imports, e.g. {@code jyj}
 * @param name the unit's Chinese name
 */
public record Unit(String code, String name) {

    /** The names people call it by in sheets and tables: its name, and without the 县 in front they often leave out. */
    public List<String> names() {
        String full = name.strip();
        return full.startsWith("县") && full.length() > 2 ? List.of(full, full.substring(1)) : List.of(full);
    }
}
