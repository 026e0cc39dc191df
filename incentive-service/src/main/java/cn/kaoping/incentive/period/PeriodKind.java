package cn.kaoping.incentive.period;

/** The kinds of {@link Period}. */
public enum PeriodKind {
    MONTH, QUARTER, HALF_YEAR, YEAR
}
