package cn.kaoping.training.meeting.holding;

import cn.kaoping.web.request.Limits;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** The reviewer records who came; the meeting is then held. */
public record RecordAttendance(String meetingId, List<String> present, List<Absence> absent, String actorId,
                               Instant at) {

    public RecordAttendance {
        present = present == null ? List.of() : present;
        absent = absent == null ? List.of() : absent;
    }

    public record Absence(@Size(max = Limits.ID) String officerId, @Size(max = Limits.TEXT) String reason) {
    }
}
