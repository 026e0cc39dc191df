package cn.kaoping.web.request;

import cn.kaoping.web.problem.ValidationException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * Query parameters read by hand: JAX-RS answers 404 to a parameter it cannot convert, where the caller
 * deserves 400 and the name of the parameter.
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** A date ({@code 2017-05-02}), or null when absent. */
    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ValidationException.field(name, "query.notADate", value);
        }
    }

    /** A date, or a month ({@code 2017-05}) read as its first or last day; required. */
    public static LocalDate dateOrMonth(String name, String value, boolean endOfMonth) {
        if (value == null || value.isBlank()) {
            throw ValidationException.field(name, "query.required");
        }
        String text = value.strip();
        try {
            if (text.length() == 7) {
                YearMonth month = YearMonth.parse(text);
                return endOfMonth ? month.atEndOfMonth() : month.atDay(1);
            }
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ValidationException.field(name, "query.notADateOrMonth", value);
        }
    }

    /** A month ({@code 2017-05}), or null when absent. */
    public static YearMonth month(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ValidationException.field(name, "query.notAMonth", value);
        }
    }

    /** An integer, or null when absent. */
    public static Integer integer(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw ValidationException.field(name, "query.notAnInteger", value);
        }
    }

    /** A constant of an enum, or null when absent. */
    public static <E extends Enum<E>> E constant(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw ValidationException.field(name, "query.notOneOf", value, java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
