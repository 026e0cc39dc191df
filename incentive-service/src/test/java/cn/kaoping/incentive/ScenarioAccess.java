package cn.kaoping.incentive;

import cn.kaoping.contracts.evaluation.EvaluationEvent;
import cn.kaoping.runtime.db.Db;
import java.util.List;

/** Lets tests of other packages send directory events through the broker like {@link Scenario}. */
public final class ScenarioAccess {

    private ScenarioAccess() {
    }

    public static void sendDirectory(Db db, List<EvaluationEvent> events) {
        Scenario.sendDirectory(db, events);
    }
}
