package cn.kaoping.training.selection.confirming;

import cn.kaoping.domain.DomainException;
import cn.kaoping.contracts.training.SelectedFile;
import cn.kaoping.contracts.training.SelectionConfirmed;
import cn.kaoping.training.TrainingError;
import cn.kaoping.training.selection.Candidate;
import cn.kaoping.training.selection.Selection;
import cn.kaoping.training.selection.SelectionState;
import cn.kaoping.training.selection.choosing.ChoiceDecision;
import cn.kaoping.training.selection.choosing.ChooseFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * T2: confirmation freezes the panel's choice, checked again against the files as they stand, ranked in the order
 * the panel listed them, and publishes it.
 */
public final class ConfirmationDecision {

    private ConfirmationDecision() {
    }

    public static SelectionConfirmed decide(Selection s, List<Candidate> files, Set<String> knownOfficers) {
        if (s.state() == SelectionState.CONFIRMED) {
            throw DomainException.conflict(TrainingError.SELECTION_CONFIRMED);
        }
        if (s.best().isEmpty() && s.worst().isEmpty()) {
            throw DomainException.invalidField(TrainingError.NOTHING_SELECTED, "best");
        }
        ChoiceDecision.check(new ChooseFiles(s.id(), s.best(), s.worst(), s.panelIds(), s.notes(), null, null),
                s.state(), s.period(), s.size(), files, knownOfficers);
        Map<String, Candidate> byId = files.stream().collect(Collectors.toMap(Candidate::caseFileId,
                Function.identity()));
        return new SelectionConfirmed(s.id(), s.period(), s.periodStart(), s.periodEnd(), selected(s.best(), byId),
                selected(s.worst(), byId));
    }

    private static List<SelectedFile> selected(List<String> ids, Map<String, Candidate> byId) {
        List<SelectedFile> files = new ArrayList<>();
        for (String id : ids) {
            Candidate c = byId.get(id);
            files.add(new SelectedFile(files.size() + 1, c.caseFileId(), c.caseNumber(), c.unitId(),
                    c.primaryOfficerId(), c.finalScore(), c.grade(), c.veto()));
        }
        return files;
    }
}
