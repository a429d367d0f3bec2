package org.banli.rest.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/** Small helpers shared by the resources. */
final class Resources {

    private Resources() {}

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
            throw new InvalidParameterException(
                    name,
                    "参数 " + name + " 的值 " + value + " 无效，应为 " + allowed + " (" + name + " must be one of " + allowed
                            + ")");
        }
    }

    /** The range of every whole-number parameter, by name: a value outside is refused here, not overflowed later. */
    private static final Map<String, int[]> RANGES = Map.of(
            "year",
            new int[] {ObjectMapperResolver.FIRST_YEAR, ObjectMapperResolver.LAST_YEAR},
            "number",
            new int[] {1, 999_999},
            "dueWithin",
            new int[] {0, 3660},
            "page",
            new int[] {0, 1_000_000},
            "item",
            new int[] {1, Integer.MAX_VALUE});

    static Integer intParam(String name, String value) {
        return value == null || value.isBlank() ? null : intParam(name, value, 0);
    }

    static int intParam(String name, String value, int whenBlank) {
        if (value == null || value.isBlank()) {
            return whenBlank;
        }
        int parsed;
        try {
            parsed = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(
                    name, "参数 " + name + " 应为整数，收到 " + value + " (" + name + " must be an integer)");
        }
        int[] range = RANGES.get(name);
        if (range != null && (parsed < range[0] || parsed > range[1])) {
            throw new InvalidParameterException(
                    name,
                    "参数 " + name + " 应在 " + range[0] + " 到 " + range[1] + " 之间，收到 " + value + " (" + name
                            + " must be between " + range[0] + " and " + range[1] + ")");
        }
        return parsed;
    }

    /** A date parameter, in the years every date of the API falls in (see {@link ObjectMapperResolver}). */
    static LocalDate dateParam(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(
                    name,
                    "参数 " + name + " 应为日期 yyyy-MM-dd，收到 " + value + " (" + name + " must be a date like 2026-03-01)");
        }
        if (date.getYear() < ObjectMapperResolver.FIRST_YEAR || date.getYear() > ObjectMapperResolver.LAST_YEAR) {
            throw new InvalidParameterException(
                    name,
                    "参数 " + name + " 应在 " + ObjectMapperResolver.FIRST_YEAR + " 年至 "
                            + ObjectMapperResolver.LAST_YEAR + " 年之间，收到 " + value + " (" + name
                            + " must fall between the years "
                            + ObjectMapperResolver.FIRST_YEAR + " and " + ObjectMapperResolver.LAST_YEAR + ")");
        }
        return date;
    }

    static Boolean booleanParam(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default ->
                throw new InvalidParameterException(
                        name, "参数 " + name + " 应为 true 或 false，收到 " + value + " (" + name + " must be true or false)");
        };
    }
}
