package cn.kaoping.training.meeting.relaying;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** 以会代训: a unit's legal officer relayed the meeting to the officers of his unit. */
public record RelayMeeting(String meetingId, String unitId, String actorId, LocalDate heldOn, List<String> attendeeIds,
                           Instant at) {

    public RelayMeeting {
        attendeeIds = attendeeIds == null ? List.of() : attendeeIds;
    }
}
