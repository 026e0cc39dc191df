package cn.kaoping.training;

import cn.kaoping.domain.DomainException;
import cn.kaoping.domain.Period;

/** Periods as training reads them from requests: any of the four forms; a selection's only of several months. */
public final class Periods {

    private Periods() {
    }

    /** A month, quarter, half year or year; a 400 naming {@code field} otherwise. */
    public static Period parse(String field, String value) {
        return Period.parse(field, value, TrainingError.NOT_A_PERIOD, TrainingError.NOT_A_PERIOD);
    }

    /** A selection period (T2): a year, half year or quarter; a 400 otherwise. */
    public static Period selection(String field, String value) {
        Period period = parse(field, value);
        if (period.kind() == Period.Kind.MONTH) {
            throw DomainException.invalidField(TrainingError.NOT_A_SELECTION_PERIOD, field, value);
        }
        return period;
    }
}
