package cn.kaoping.training.meeting.holding;

import cn.kaoping.domain.DomainException;
import cn.kaoping.domain.FieldError;
import cn.kaoping.training.TrainingError;
import cn.kaoping.training.meeting.MeetingState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * T1: a draft meeting is held when its attendance is recorded. The expected attendees are the legal officers on
 * the day; one not listed counts as absent without a reason. Every listed officer must be known, and listed once.
 */
public final class AttendanceDecision {

    private AttendanceDecision() {
    }

    /** One line of the attendance: present or absent (with the reason given). */
    public record Line(String officerId, boolean present, String reason) {
    }

    public static List<Line> decide(RecordAttendance c, MeetingState state, Set<String> knownOfficers,
                                    List<String> expected) {
        if (state != MeetingState.DRAFT) {
            throw DomainException.conflict(TrainingError.MEETING_ALREADY_HELD);
        }
        List<FieldError> errors = new ArrayList<>();
        Map<String, Line> lines = new LinkedHashMap<>();
        for (int i = 0; i < c.present().size(); i++) {
            add(errors, lines, "present[" + i + "]", new Line(c.present().get(i), true, null), knownOfficers);
        }
        for (int i = 0; i < c.absent().size(); i++) {
            RecordAttendance.Absence a = c.absent().get(i);
            String reason = a == null || a.reason() == null || a.reason().isBlank() ? null : a.reason().strip();
            add(errors, lines, "absent[" + i + "].officerId", new Line(a == null ? null : a.officerId(), false, reason),
                    knownOfficers);
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(TrainingError.REQUIRED, errors);
        }
        for (String officerId : expected) {
            lines.putIfAbsent(officerId, new Line(officerId, false, null));
        }
        return List.copyOf(lines.values());
    }

    private static void add(List<FieldError> errors, Map<String, Line> lines, String field, Line line,
                            Set<String> known) {
        if (line.officerId() == null || line.officerId().isBlank()) {
            errors.add(FieldError.of(field, TrainingError.REQUIRED));
        } else if (!known.contains(line.officerId())) {
            errors.add(FieldError.of(field, TrainingError.UNKNOWN_OFFICER, line.officerId()));
        } else if (lines.putIfAbsent(line.officerId(), line) != null) {
            errors.add(FieldError.of(field, TrainingError.LISTED_TWICE, line.officerId()));
        }
    }
}
