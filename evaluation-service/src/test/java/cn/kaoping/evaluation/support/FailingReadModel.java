package cn.kaoping.evaluation.support;

import cn.kaoping.contracts.evaluation.UnitRegistered;
import cn.kaoping.evaluation.query.SynchronousReadModel;
import jakarta.inject.Singleton;
import java.util.List;
import org.axonframework.eventhandling.EventHandler;

/**
 * A read model of the test application that fails on one unit name: it proves that a failing read model rolls
 * the whole command back, event append included (the JTA bridge of the Axon setup).
 */
@Singleton
public class FailingReadModel implements SynchronousReadModel {

    public static final String FAILING_NAME_PREFIX = "ROLLBACK-PROBE";

    @Override
    public List<String> tables() {
        return List.of();
    }

    @EventHandler
    void on(UnitRegistered event) {
        if (event.name().startsWith(FAILING_NAME_PREFIX)) {
            throw new IllegalStateException("read model failure on purpose: " + event.name());
        }
    }
}
