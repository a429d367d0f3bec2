package org.banli.notify.sms.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Templates with ${name} placeholders, and a text cut into SMS-sized parts. */
final class SmsText {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z]+)}");
    /** Shortest limit that still leaves room for a part number such as "(10/12)". */
    static final int MIN_LENGTH = 20;

    private SmsText() {}

    /** Refuses a template naming anything but {@code known}, with the unknown name. */
    static void check(String template, Set<String> known, String where) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        while (matcher.find()) {
            if (!known.contains(matcher.group(1))) {
                throw new IllegalArgumentException("sms " + where + " 含未知占位符 (unknown placeholder) ${"
                        + matcher.group(1) + "}，可用 (known): " + known);
            }
        }
    }

    static String fill(String template, Map<String, String> values) {
        return PLACEHOLDER
                .matcher(template)
                .replaceAll(m -> Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
    }

    /**
     * Cuts {@code text} into parts of at most {@code maxLength} characters (code points, as
     * gateways count Chinese), each ending in "(i/n)" when there is more than one; a character
     * outside the Basic Multilingual Plane is never split.
     */
    static List<String> split(String text, int maxLength) {
        int length = text.codePointCount(0, text.length());
        if (length <= maxLength) {
            return List.of(text);
        }
        int parts = 2;
        while (parts * (maxLength - suffix(parts, parts).length()) < length) {
            parts++;
        }
        int perPart = maxLength - suffix(parts, parts).length();
        List<String> result = new ArrayList<>(parts);
        int start = 0;
        for (int part = 1; start < text.length(); part++) {
            int end = text.offsetByCodePoints(start, Math.min(perPart, text.codePointCount(start, text.length())));
            result.add(text.substring(start, end) + suffix(part, parts));
            start = end;
        }
        return result;
    }

    private static String suffix(int part, int parts) {
        return "(" + part + "/" + parts + ")";
    }
}
