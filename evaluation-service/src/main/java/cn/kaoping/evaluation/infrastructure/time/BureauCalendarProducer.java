package cn.kaoping.evaluation.infrastructure.time;

import cn.kaoping.evaluation.deadline.BureauCalendar;
import cn.kaoping.runtime.time.BureauSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The bureau's calendar, for the aggregates (an Axon resource) and for the dates the REST layer shows, in the zone
 * of the platform's {@link BureauSettings} ({@code kaoping.bureau.time-zone}). The clock itself is the platform's
 * {@code ServiceClock}.
 */
@ApplicationScoped
public class BureauCalendarProducer {

    @Produces
    @Singleton
    BureauCalendar calendar(BureauSettings settings) {
        return new BureauCalendar(settings.timeZone());
    }
}
