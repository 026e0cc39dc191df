package cn.kaoping.evaluation.unit.renaming;

import cn.kaoping.contracts.evaluation.EvaluationEvent;
import cn.kaoping.contracts.evaluation.UnitRenamed;
import cn.kaoping.domain.FieldError;
import cn.kaoping.evaluation.domain.ErrorCode;
import cn.kaoping.evaluation.domain.Refusals;
import java.util.List;

/** 单位更名: a name that is not blank; the same name again changes nothing (no event), so a repeated PUT is harmless. */
public final class UnitRenamingDecision {

    private UnitRenamingDecision() {
    }

    public static List<EvaluationEvent> decide(RenameUnit command, String unitId, String code, String currentName) {
        if (command.name() == null || command.name().isBlank()) {
            throw Refusals.invalid(List.of(FieldError.of("name", ErrorCode.REQUIRED)));
        }
        String name = command.name().strip();
        if (name.equals(currentName)) {
            return List.of();
        }
        return List.of(new UnitRenamed(unitId, code, currentName, name, command.actorId(), command.at()));
    }
}
