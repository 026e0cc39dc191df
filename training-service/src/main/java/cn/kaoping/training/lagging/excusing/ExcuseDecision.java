package cn.kaoping.training.lagging.excusing;

import cn.kaoping.domain.DomainException;
import cn.kaoping.training.TrainingError;

/** T3: the brigade may excuse a nominee, once, and only with a reason. */
public final class ExcuseDecision {

    private ExcuseDecision() {
    }

    public static String decide(String reason, boolean alreadyExcused) {
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalidField(TrainingError.REQUIRED, "reason");
        }
        if (alreadyExcused) {
            throw DomainException.conflict(TrainingError.ALREADY_EXCUSED);
        }
        return reason.strip();
    }
}
