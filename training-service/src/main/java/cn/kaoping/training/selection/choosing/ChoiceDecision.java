package cn.kaoping.training.selection.choosing;

import cn.kaoping.domain.DomainException;
import cn.kaoping.domain.FieldError;
import cn.kaoping.training.TrainingError;
import cn.kaoping.training.selection.Candidate;
import cn.kaoping.training.selection.SelectionState;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * T2: the panel's choice is valid when each list holds at most {@code size} distinct files of the period's
 * candidates, no file is in both lists, no veto file is among the best and no file without deduction among the
 * worst; a confirmed selection never changes.
 */
public final class ChoiceDecision {

    private ChoiceDecision() {
    }

    public static void check(ChooseFiles c, SelectionState state, String period, int size, List<Candidate> files,
                             Set<String> knownOfficers) {
        if (state == SelectionState.CONFIRMED) {
            throw DomainException.conflict(TrainingError.SELECTION_CONFIRMED);
        }
        Map<String, Candidate> byId = files.stream().collect(Collectors.toMap(Candidate::caseFileId,
                Function.identity()));
        check("best", c.best(), size, period, byId);
        check("worst", c.worst(), size, period, byId);
        for (int i = 0; i < c.panelIds().size(); i++) {
            String id = c.panelIds().get(i);
            if (id == null || !knownOfficers.contains(id)) {
                throw DomainException.invalidField(TrainingError.UNKNOWN_OFFICER, "panelIds[" + i + "]", id);
            }
        }
        Set<String> best = new HashSet<>(c.best());
        for (int i = 0; i < c.worst().size(); i++) {
            if (best.contains(c.worst().get(i))) {
                throw DomainException.invalidField(TrainingError.FILE_IN_BOTH_LISTS, "worst[" + i + "]",
                        c.worst().get(i));
            }
        }
        for (String id : c.best()) {
            if (byId.get(id).veto()) {
                throw DomainException.conflict(TrainingError.VETO_FILE_AMONG_BEST, caseNumber(byId.get(id)));
            }
        }
        for (String id : c.worst()) {
            if (!byId.get(id).mayBeWorst()) {
                throw DomainException.conflict(TrainingError.NO_DEDUCTION_AMONG_WORST, caseNumber(byId.get(id)));
            }
        }
        for (int i = 0; i < c.best().size(); i++) {
            if (!byId.get(c.best().get(i)).mayBeBest()) {
                throw DomainException.invalidField(TrainingError.NOT_A_CANDIDATE, "best[" + i + "]",
                        caseNumber(byId.get(c.best().get(i))), period);
            }
        }
    }

    private static void check(String list, List<String> ids, int size, String period, Map<String, Candidate> byId) {
        if (ids.size() > size) {
            throw DomainException.invalidField(TrainingError.TOO_MANY_FILES, list, ids.size(), size);
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            String field = list + "[" + i + "]";
            if (id == null || id.isBlank()) {
                throw DomainException.invalid(TrainingError.REQUIRED, List.of(FieldError.of(field, TrainingError.REQUIRED)));
            }
            if (!seen.add(id)) {
                throw DomainException.invalidField(TrainingError.LISTED_TWICE, field, id);
            }
            if (!byId.containsKey(id)) {
                throw DomainException.invalidField(TrainingError.NOT_A_CANDIDATE, field, id, period);
            }
        }
    }

    private static String caseNumber(Candidate c) {
        return c.caseNumber() == null ? c.caseFileId() : c.caseNumber();
    }
}
