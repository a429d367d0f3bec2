package org.banli.notify.webhook.internal;

import java.util.Map;
import java.util.TreeMap;

/** Just enough JSON for a message: strings, numbers and nested maps, keys in a stable order. */
final class Json {

    private Json() {
    }

    static String object(Map<String, ?> fields) {
        StringBuilder json = new StringBuilder("{");
        new TreeMap<>(fields).forEach((key, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(string(key)).append(':').append(value(value));
        });
        return json.append('}').toString();
    }

    @SuppressWarnings("unchecked")
    private static String value(Object value) {
        if (value instanceof Map<?, ?> map) {
            return object((Map<String, ?>) map);
        }
        if (value instanceof Number) {
            return value.toString();
        }
        return string(String.valueOf(value));
    }

    private static String string(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
            case '"' -> quoted.append("\\\"");
            case '\\' -> quoted.append("\\\\");
            case '\n' -> quoted.append("\\n");
            case '\r' -> quoted.append("\\r");
            case '\t' -> quoted.append("\\t");
            default -> {
                if (c < 0x20) {
                    quoted.append(String.format("\\u%04x", (int) c));
                } else {
                    quoted.append(c);
                }
            }
            }
        }
        return quoted.append('"').toString();
    }
}
