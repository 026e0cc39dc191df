package cn.kaoping.evaluation.rest.support;

import cn.kaoping.contracts.evaluation.UnitRegistered;
import cn.kaoping.evaluation.infrastructure.axon.SynchronousReadModel;
import jakarta.inject.Singleton;
import org.axonframework.eventhandling.EventHandler;

/**
 * A read model of the test application that fails on one unit name: it proves that a failing read model rolls
 * the whole command back, event append included (the JTA bridge of the Axon setup).
 */
@Singleton
public class FailingReadModel implements SynchronousReadModel {

    public static final String FAILING_NAME_PREFIX = "ROLLBACK-PROBE";

    @EventHandler
    void on(UnitRegistered event) {
        if (event.name().startsWith(FAILING_NAME_PREFIX)) {
            throw new IllegalStateException("read model failure on purpose: " + event.name());
        }
    }
}
