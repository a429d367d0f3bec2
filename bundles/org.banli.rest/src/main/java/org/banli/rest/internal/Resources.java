package org.banli.rest.internal;

import java.util.Arrays;
import java.util.Locale;

/** Small helpers shared by the resources. */
final class Resources {

    private Resources() {
    }

    /** A missing JSON body is a malformed request (400), not a null pointer. */
    static <T> T body(T body) {
        if (body == null) {
            throw new InvalidParameterException("body", "请求体不能为空 (the request body must not be empty)");
        }
        return body;
    }

    /** Parses an enum query parameter, naming the parameter and the allowed values when it is wrong. */
    static <E extends Enum<E>> E enumParam(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.toString(type.getEnumConstants());
            throw new InvalidParameterException(name, "参数 " + name + " 的值 " + value + " 无效，应为 " + allowed + " ("
                    + name + " must be one of " + allowed + ")");
        }
    }

    static Integer intParam(String name, String value) {
        return value == null || value.isBlank() ? null : intParam(name, value, 0);
    }

    static int intParam(String name, String value, int whenBlank) {
        if (value == null || value.isBlank()) {
            return whenBlank;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, "参数 " + name + " 应为整数，收到 " + value + " (" + name
                    + " must be an integer)");
        }
    }

    static Boolean booleanParam(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
        case "true" -> Boolean.TRUE;
        case "false" -> Boolean.FALSE;
        default -> throw new InvalidParameterException(name, "参数 " + name + " 应为 true 或 false，收到 " + value + " ("
                + name + " must be true or false)");
        };
    }
}
