package cn.kaoping.training.regulation.entering;

import java.time.Instant;
import java.time.LocalDate;

/** A reviewer or an administrator enters a document into the registry. */
public record EnterRegulation(String id, String title, String documentNumber, String issuer, String kind,
                              LocalDate promulgatedOn, LocalDate effectiveOn, String summary, String actorId,
                              Instant at) {
}
