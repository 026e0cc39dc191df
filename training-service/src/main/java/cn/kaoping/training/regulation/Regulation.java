package cn.kaoping.training.regulation;

import java.time.Instant;
import java.time.LocalDate;

/** 法规库条目: a law, regulation, rule or normative document entered into the registry (T1). */
public record Regulation(String id, String title, String documentNumber, String issuer, RegulationKind kind,
                         LocalDate promulgatedOn, LocalDate effectiveOn, String summary, Instant enteredAt,
                         String enteredBy) {
}
