package cn.kaoping.training.query.meetings;

import cn.kaoping.runtime.db.Db;
import cn.kaoping.training.meeting.Meeting;
import cn.kaoping.training.meeting.Meetings;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

/** The read side of the meetings (T1): lists, attendance, relays and the figures built on them. */
@ApplicationScoped
public class MeetingsQuery {

    private final Db db;

    MeetingsQuery(Db db) {
        this.db = db;
    }

    public record AttendanceLine(String officerId, String officerName, String unitId, String unitName, boolean present,
                                 String reason) {
    }

    public record RelayLine(String unitId, String unitName, String officerId, String officerName, LocalDate heldOn,
                            List<String> attendeeIds) {
    }

    /** Attendance per legal officer in a year: meetings held where he was expected or came. */
    public record OfficerAttendance(String officerId, String officerName, String unitId, String unitName,
                                    int meetings, int present, int absent) {
    }

    /** A unit that did not relay a held meeting within the period allowed. */
    public record UnrelayedUnit(String meetingId, YearMonth month, LocalDate meetingHeldOn, String unitId,
                                String unitName, LocalDate dueOn, LocalDate relayedOn) {
    }

    public List<Meeting> page(YearMonth month, int offset, int limit) {
        return db.withHandle(h -> h.createQuery("SELECT " + Meetings.COLUMNS + " FROM meeting"
                        + " WHERE (CAST(:month AS text) IS NULL OR month = :month)"
                        + " ORDER BY month DESC, held_on DESC, id LIMIT :limit OFFSET :offset")
                .bind("month", month).bind("limit", limit).bind("offset", offset)
                .map(Meetings::row).list());
    }

    public long count(YearMonth month) {
        return db.withHandle(h -> h.createQuery("SELECT count(*) FROM meeting"
                        + " WHERE (CAST(:month AS text) IS NULL OR month = :month)")
                .bind("month", month).mapTo(Long.class).one());
    }

    public List<AttendanceLine> attendance(String meetingId) {
        return db.withHandle(h -> h.createQuery("""
                        SELECT a.officer_id, COALESCE(o.name, a.officer_id), a.unit_id, COALESCE(u.name, a.unit_id),
                               a.present, a.reason
                          FROM meeting_attendance a
                          LEFT JOIN officer_directory o ON o.officer_id = a.officer_id
                          LEFT JOIN unit_directory u ON u.unit_id = a.unit_id
                         WHERE a.meeting_id = :id ORDER BY u.code, o.police_number, a.officer_id""")
                .bind("id", meetingId)
                .map((row, ctx) -> new AttendanceLine(row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4), row.getBoolean(5), row.getString(6)))
                .list());
    }

    public List<RelayLine> relays(String meetingId) {
        return db.withHandle(h -> h.createQuery("""
                        SELECT r.unit_id, COALESCE(u.name, r.unit_id), r.officer_id, COALESCE(o.name, r.officer_id),
                               r.held_on, r.attendee_ids
                          FROM meeting_relay r
                          LEFT JOIN officer_directory o ON o.officer_id = r.officer_id
                          LEFT JOIN unit_directory u ON u.unit_id = r.unit_id
                         WHERE r.meeting_id = :id ORDER BY u.code, r.unit_id""")
                .bind("id", meetingId)
                .map((row, ctx) -> new RelayLine(row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4), row.getObject(5, LocalDate.class),
                        Arrays.asList((String[]) row.getArray(6).getArray())))
                .list());
    }

    /** Per legal officer (by unit), the meetings held in the year that he was expected at, and how he answered. */
    public List<OfficerAttendance> attendanceOfYear(int year, String unitId) {
        return db.withHandle(h -> h.createQuery("""
                        SELECT a.officer_id, COALESCE(o.name, a.officer_id), a.unit_id, COALESCE(u.name, a.unit_id),
                               count(*), count(*) FILTER (WHERE a.present), count(*) FILTER (WHERE NOT a.present)
                          FROM meeting_attendance a JOIN meeting m ON m.id = a.meeting_id
                          LEFT JOIN officer_directory o ON o.officer_id = a.officer_id
                          LEFT JOIN unit_directory u ON u.unit_id = a.unit_id
                         WHERE m.state = 'HELD' AND m.held_on BETWEEN :from AND :to
                           AND (CAST(:unit AS text) IS NULL OR a.unit_id = :unit)
                         GROUP BY a.officer_id, o.name, a.unit_id, u.name, u.code, o.police_number
                         ORDER BY u.code, o.police_number, a.officer_id""")
                .bind("from", LocalDate.of(year, 1, 1)).bind("to", LocalDate.of(year, 12, 31)).bind("unit", unitId)
                .map((row, ctx) -> new OfficerAttendance(row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4), row.getInt(5), row.getInt(6), row.getInt(7)))
                .list());
    }

    /**
     * Units whose legal officers were expected at a held meeting and that relayed it late or not at all, once the
     * {@code withinDays} after the meeting have passed as of {@code asOf}.
     */
    public List<UnrelayedUnit> unrelayed(LocalDate asOf, int withinDays, String unitId) {
        return db.withHandle(h -> h.createQuery("""
                        SELECT m.id, m.month, m.held_on, a.unit_id, COALESCE(u.name, a.unit_id),
                               m.held_on + :within AS due_on, r.held_on AS relayed_on
                          FROM meeting m
                          JOIN (SELECT DISTINCT meeting_id, unit_id FROM meeting_attendance WHERE unit_id IS NOT NULL) a
                            ON a.meeting_id = m.id
                          LEFT JOIN meeting_relay r ON r.meeting_id = m.id AND r.unit_id = a.unit_id
                          LEFT JOIN unit_directory u ON u.unit_id = a.unit_id
                         WHERE m.state = 'HELD' AND m.held_on + :within < :asOf
                           AND (r.held_on IS NULL OR r.held_on > m.held_on + :within)
                           AND (CAST(:unit AS text) IS NULL OR a.unit_id = :unit)
                         ORDER BY m.held_on, u.code, a.unit_id""")
                .bind("within", withinDays).bind("asOf", asOf).bind("unit", unitId)
                .map((row, ctx) -> new UnrelayedUnit(row.getString(1), YearMonth.parse(row.getString(2)),
                        row.getObject(3, LocalDate.class), row.getString(4), row.getString(5),
                        row.getObject(6, LocalDate.class), row.getObject(7, LocalDate.class)))
                .list());
    }
}
