package cn.kaoping.supervision.accountability;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A decision of the party committee (kind DECISION) or a later review (REVIEW, 复核) or appeal (APPEAL, 申诉)
 * outcome: each is a new row, none is edited.
 */
public record Outcome(int seq, String kind, boolean liable, List<String> forms, String grounds, String note,
                      String batch, LocalDate decidedOn, String actorId, Instant at) {

    public Outcome {
        forms = forms == null ? List.of() : List.copyOf(forms);
    }
}
