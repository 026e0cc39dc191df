package cn.kaoping.training.meeting.drafting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/** A reviewer drafts the meeting of a month. */
public record DraftMeeting(String id, YearMonth month, LocalDate heldOn, String place, String actorId, Instant at) {
}
