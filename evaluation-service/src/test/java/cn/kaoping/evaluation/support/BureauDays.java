package cn.kaoping.evaluation.support;

import cn.kaoping.evaluation.deadline.BureauCalendar;
import java.time.Instant;
import java.time.LocalDate;

/** Dates as the bureau counts them (Asia/Shanghai): tests register files closed so many days before today. */
public final class BureauDays {

    private BureauDays() {
    }

    /** Today in the bureau's calendar. */
    public static LocalDate today() {
        return BureauCalendar.shanghai().dateOf(Instant.now());
    }
}
