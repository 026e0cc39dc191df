package cn.kaoping.training.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/** 法制员例会: the monthly legal officer meeting (以会代训, T1). */
public record Meeting(String id, YearMonth month, LocalDate heldOn, String place, MeetingState state, Agenda agenda,
                      String createdBy, Instant createdAt, String updatedBy, Instant updatedAt, Instant heldAt,
                      String heldBy) {
}
