package cn.kaoping.evaluation.infrastructure.axon;

import cn.kaoping.evaluation.deadline.BureauCalendar;
import cn.kaoping.evaluation.rulebook.RulebookCatalog;
import jakarta.inject.Singleton;
import org.axonframework.config.Configurer;

/**
 * The resources the aggregates' command handlers take as parameters: Axon resolves a handler parameter from
 * the component registered under exactly its type.
 */
@Singleton
public class DomainResourcesModule implements AxonModule {

    private final RulebookCatalog rulebooks;
    private final BureauCalendar calendar;

    DomainResourcesModule(RulebookCatalog rulebooks, BureauCalendar calendar) {
        this.rulebooks = rulebooks;
        this.calendar = calendar;
    }

    @Override
    public void contributeTo(Configurer configurer) {
        configurer.registerComponent(RulebookCatalog.class, c -> rulebooks)
                .registerComponent(BureauCalendar.class, c -> calendar);
    }
}
