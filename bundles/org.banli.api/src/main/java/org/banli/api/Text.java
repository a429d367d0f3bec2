package org.banli.api;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * A text for a person, as a code and the values it names; the reader's language picks the words, from
 * {@code org/banli/api/messages.properties} (Chinese) and {@code messages_en.properties} (English, for a
 * reader who chose it). A value that is {@link Bilingual}, or a collection of such values, is named in the
 * reader's language too; any other value as it is.
 */
public record Text(Code code, Map<String, Object> values) {

    /** Every coded text; its key in the message files is its name, its placeholders {@code {name}}. */
    public enum Code {
        /** {id} */
        ITEM_NOT_FOUND,
        /** {id} {version} {expected} */
        ITEM_CHANGED,
        /** A step taken from a state it does not start from: {id} {status} {action} {allowed} */
        STATE_DOES_NOT_ALLOW,
        /** A role the person does not have: {action} */
        NOT_ALLOWED,
        /** {action} */
        ONLY_HOST_UNIT,
        /** {action} */
        ONLY_HOST_UNIT_HEAD,
        /** {step} */
        NO_SUCH_STEP
    }

    private static final String MESSAGES = "org.banli.api.messages";

    public Text {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values)); // in order, and a missing value is no crash
    }

    /** @param namesAndValues alternating placeholder names and their values */
    public static Text of(Code code, Object... namesAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return new Text(code, values);
    }

    /** The text in the reader's language: English for a reader who chose it, Chinese for everyone else. */
    public String in(Locale reader) {
        boolean english = Locale.ENGLISH.getLanguage().equals(reader.getLanguage());
        // No fallback to the machine's locale: a reader of Chinese on an English server still reads Chinese.
        ResourceBundle words = ResourceBundle.getBundle(
                MESSAGES,
                english ? Locale.ENGLISH : Locale.ROOT,
                Text.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String text = words.getString(code.name());
        for (Map.Entry<String, Object> value : values.entrySet()) {
            text = text.replace("{" + value.getKey() + "}", named(value.getValue(), english));
        }
        return text;
    }

    /** Chinese, then English in brackets: how logs and the console show it to an administrator. */
    public String bilingual() {
        return in(Locale.CHINESE) + " (" + in(Locale.ENGLISH) + ")";
    }

    private static String named(Object value, boolean english) {
        if (value instanceof Bilingual name) {
            return english ? name.english() : name.chinese();
        }
        if (value instanceof Collection<?> names) {
            return names.stream().map(v -> named(v, english)).collect(Collectors.joining(english ? ", " : "、"));
        }
        return value == null ? "" : String.valueOf(value);
    }
}
