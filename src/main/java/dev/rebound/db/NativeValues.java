package dev.rebound.db;

import java.sql.Date;
import java.time.LocalDate;

/** Reads values out of native-query result rows, whichever Java types the driver hands back. */
public final class NativeValues {

    private NativeValues() {}

    /** Dates may come back as {@link java.sql.Date}, depending on the driver's mapping. */
    public static LocalDate localDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    public static long count(Object value) {
        return ((Number) value).longValue();
    }
}
