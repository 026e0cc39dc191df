package cn.kaoping.training.meeting.relaying;

import cn.kaoping.domain.DomainException;
import cn.kaoping.domain.FieldError;
import cn.kaoping.training.TrainingError;
import cn.kaoping.training.meeting.MeetingState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** T1: a held meeting is relayed once per unit, on or after the day it was held, to known officers of the unit. */
public final class RelayDecision {

    private RelayDecision() {
    }

    public static List<String> decide(RelayMeeting c, MeetingState state, LocalDate meetingHeldOn,
                                      boolean alreadyRelayed, Set<String> officersOfUnit) {
        if (c.heldOn() == null) {
            throw DomainException.invalidField(TrainingError.REQUIRED, "heldOn");
        }
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < c.attendeeIds().size(); i++) {
            String id = c.attendeeIds().get(i);
            String field = "attendeeIds[" + i + "]";
            if (id == null || id.isBlank()) {
                errors.add(FieldError.of(field, TrainingError.REQUIRED));
            } else if (!officersOfUnit.contains(id)) {
                errors.add(FieldError.of(field, TrainingError.OFFICER_NOT_OF_UNIT, id));
            } else if (!seen.add(id)) {
                errors.add(FieldError.of(field, TrainingError.LISTED_TWICE, id));
            }
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(TrainingError.REQUIRED, errors);
        }
        if (state != MeetingState.HELD) {
            throw DomainException.conflict(TrainingError.MEETING_NOT_HELD);
        }
        if (c.heldOn().isBefore(meetingHeldOn)) {
            throw DomainException.conflict(TrainingError.RELAY_BEFORE_MEETING, c.heldOn(), meetingHeldOn);
        }
        if (alreadyRelayed) {
            throw DomainException.conflict(TrainingError.ALREADY_RELAYED, c.unitId());
        }
        return List.copyOf(c.attendeeIds());
    }
}
