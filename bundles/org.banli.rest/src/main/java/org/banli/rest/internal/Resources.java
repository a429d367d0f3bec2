package org.banli.rest.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.banli.api.Text;

/** Small helpers shared by the resources. */
final class Resources {

    private Resources() {}

    /** A missing JSON body is a malformed request (400), not a null pointer. */
    static <T> T body(T body) {
        if (body == null) {
            throw Refusal.invalidParameter("body", Text.of(Text.Code.BODY_REQUIRED));
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
            throw Refusal.invalidParameter(
                    name, Text.of(Text.Code.PARAMETER_NOT_ONE_OF, "name", name, "value", value, "allowed", allowed));
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
            throw Refusal.invalidParameter(
                    name, Text.of(Text.Code.PARAMETER_NOT_INTEGER, "name", name, "value", value));
        }
        int[] range = RANGES.get(name);
        if (range != null && (parsed < range[0] || parsed > range[1])) {
            throw Refusal.invalidParameter(
                    name,
                    Text.of(
                            Text.Code.PARAMETER_OUT_OF_RANGE,
                            "name",
                            name,
                            "value",
                            value,
                            "min",
                            range[0],
                            "max",
                            range[1]));
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
            throw Refusal.invalidParameter(name, Text.of(Text.Code.PARAMETER_NOT_DATE, "name", name, "value", value));
        }
        if (date.getYear() < ObjectMapperResolver.FIRST_YEAR || date.getYear() > ObjectMapperResolver.LAST_YEAR) {
            throw Refusal.invalidParameter(
                    name,
                    Text.of(
                            Text.Code.PARAMETER_YEARS,
                            "name",
                            name,
                            "value",
                            value,
                            "first",
                            ObjectMapperResolver.FIRST_YEAR,
                            "last",
                            ObjectMapperResolver.LAST_YEAR));
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
                throw Refusal.invalidParameter(
                        name, Text.of(Text.Code.PARAMETER_NOT_BOOLEAN, "name", name, "value", value));
        };
    }
}
