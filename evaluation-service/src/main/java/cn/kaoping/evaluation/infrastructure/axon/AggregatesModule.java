package cn.kaoping.evaluation.infrastructure.axon;

import cn.kaoping.evaluation.casefile.CaseFile;
import cn.kaoping.evaluation.officer.Officer;
import cn.kaoping.evaluation.rulebook.publishing.RulebookVersion;
import cn.kaoping.evaluation.unit.Unit;
import jakarta.inject.Singleton;
import org.axonframework.config.Configurer;

/** The event-sourced aggregates of the service, each with Axon's default event-sourcing repository. */
@Singleton
public class AggregatesModule implements AxonModule {

    @Override
    public void contributeTo(Configurer configurer) {
        configurer.configureAggregate(CaseFile.class)
                .configureAggregate(Unit.class)
                .configureAggregate(Officer.class)
                .configureAggregate(RulebookVersion.class);
    }
}
