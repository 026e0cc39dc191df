package cn.kaoping.incentive.period;

import cn.kaoping.domain.Period;
import cn.kaoping.incentive.IncentiveError;

/** 考核期 as incentive reads it from requests: a file counts in the period that holds its evaluation month. */
public final class Periods {

    private Periods() {
    }

    /** The period named by {@code text}; 400 REQUIRED or INVALID_PERIOD naming {@code field} otherwise. */
    public static Period parse(String field, String text) {
        return Period.parse(field, text, IncentiveError.REQUIRED, IncentiveError.INVALID_PERIOD);
    }

    public static Period parse(String text) {
        return parse("period", text);
    }
}
