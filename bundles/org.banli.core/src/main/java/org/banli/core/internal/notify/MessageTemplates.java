package org.banli.core.internal.notify;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts of notifications, in Chinese as official messages are: worded with Banli's other texts
 * ({@link org.banli.api.Text#wording}), so a county edits them in {@code etc/banli-messages.properties}.
 */
final class MessageTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    /** A message's two texts. */
    record Text(String subject, String body) {}

    private MessageTemplates() {}

    static Text render(String key, Map<String, String> values) {
        return new Text(fill(wording(key + ".subject"), values), fill(wording(key + ".body"), values));
    }

    private static String wording(String key) {
        return org.banli.api.Text.wording(key, false);
    }

    private static String fill(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value != null ? value : matcher.group()));
        }
        return matcher.appendTail(filled).toString();
    }
}
