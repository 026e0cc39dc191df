package cn.kaoping.training.meeting;

import cn.kaoping.contracts.Json;
import cn.kaoping.domain.DomainException;
import cn.kaoping.runtime.db.Db;
import cn.kaoping.runtime.directory.Directory;
import cn.kaoping.training.TrainingError;
import cn.kaoping.training.meeting.drafting.DraftMeeting;
import cn.kaoping.training.meeting.holding.AttendanceDecision;
import cn.kaoping.training.meeting.holding.RecordAttendance;
import cn.kaoping.training.meeting.relaying.RelayDecision;
import cn.kaoping.training.meeting.relaying.RelayMeeting;
import cn.kaoping.training.query.evaluation.MonthFacts;
import cn.kaoping.training.regulation.Regulations;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** The use cases of the legal officer meeting (T1): draft, edit, hold, relay. */
@ApplicationScoped
public class Meetings {

    public static final String COLUMNS = """
            id, month, held_on, place, state, agenda, created_by, created_at, updated_by, updated_at, held_at, held_by""";

    private final Db db;
    private final Directory directory;
    private final Regulations regulations;

    Meetings(Db db, Directory directory, Regulations regulations) {
        this.db = db;
        this.directory = directory;
        this.regulations = regulations;
    }

    /** Drafts the meeting: its agenda is built from the month's data and the regulations entered since the last one. */
    public Meeting draft(DraftMeeting c) {
        if (c.month() == null) {
            throw DomainException.invalidField(TrainingError.REQUIRED, "month");
        }
        if (c.heldOn() == null) {
            throw DomainException.invalidField(TrainingError.REQUIRED, "heldOn");
        }
        if (c.place() == null || c.place().isBlank()) {
            throw DomainException.invalidField(TrainingError.REQUIRED, "place");
        }
        return db.inTransaction(tx -> {
            Agenda agenda = draftAgenda(tx, c.month());
            tx.createUpdate("""
                            INSERT INTO meeting (id, month, held_on, place, state, agenda, created_by, created_at,
                                                 updated_by, updated_at)
                            VALUES (:id, :month, :heldOn, :place, 'DRAFT', CAST(:agenda AS jsonb), :by, :at, :by, :at)""")
                    .bind("id", c.id()).bind("month", c.month()).bind("heldOn", c.heldOn())
                    .bind("place", c.place().strip()).bind("agenda", Db.json(agenda)).bind("by", c.actorId())
                    .bind("at", c.at())
                    .execute();
            return find(tx, c.id()).orElseThrow();
        });
    }

    /** The agenda as the data make it; regulations: entered after the last held meeting (all before the first). */
    public Agenda draftAgenda(Handle tx, YearMonth month) {
        Instant lastHeld = tx.createQuery("SELECT max(held_at) FROM meeting WHERE state = 'HELD'")
                .mapTo(Instant.class).findOne().orElse(null);
        List<Agenda.RegulationLine> newRegulations = regulations.enteredAfter(tx, lastHeld, 0, 1000).stream()
                .map(r -> new Agenda.RegulationLine(r.id(), r.title(), r.documentNumber(), r.issuer(), r.kind().name(),
                        r.effectiveOn()))
                .toList();
        return new Agenda(MonthFacts.figures(tx, month), MonthFacts.frequentItems(tx, month, 10),
                MonthFacts.units(tx, month), MonthFacts.redCards(tx, month), newRegulations, List.of(), null);
    }

    /** The brigade edits the agenda until the meeting is held. */
    public Meeting editAgenda(String meetingId, Agenda agenda, String actorId, Instant at) {
        return db.inTransaction(tx -> {
            Meeting meeting = lock(tx, meetingId);
            if (meeting.state() != MeetingState.DRAFT) {
                throw DomainException.conflict(TrainingError.MEETING_ALREADY_HELD);
            }
            tx.createUpdate("UPDATE meeting SET agenda = CAST(:agenda AS jsonb), updated_by = :by, updated_at = :at"
                            + " WHERE id = :id")
                    .bind("agenda", Db.json(agenda == null ? new Agenda(null, null, null, null, null, null, null)
                            : agenda))
                    .bind("by", actorId).bind("at", at).bind("id", meetingId)
                    .execute();
            return find(tx, meetingId).orElseThrow();
        });
    }

    public Meeting recordAttendance(RecordAttendance c) {
        return db.inTransaction(tx -> {
            Meeting meeting = lock(tx, c.meetingId());
            Set<String> listed = new HashSet<>(c.present());
            c.absent().stream().filter(a -> a != null && a.officerId() != null).forEach(a -> listed.add(a.officerId()));
            Set<String> known = directory.officers(listed).keySet();
            List<String> expected = directory.officersWithRole("UNIT_LEGAL_OFFICER").stream()
                    .map(Directory.Officer::officerId).toList();
            List<AttendanceDecision.Line> lines = AttendanceDecision.decide(c, meeting.state(), known, expected);
            for (AttendanceDecision.Line line : lines) {
                tx.createUpdate("""
                                INSERT INTO meeting_attendance (meeting_id, officer_id, unit_id, present, reason)
                                VALUES (:meeting, :officer,
                                        (SELECT unit_id FROM officer_directory WHERE officer_id = :officer),
                                        :present, :reason)""")
                        .bind("meeting", c.meetingId()).bind("officer", line.officerId())
                        .bind("present", line.present()).bind("reason", line.reason())
                        .execute();
            }
            tx.createUpdate("""
                            UPDATE meeting SET state = 'HELD', held_at = :at, held_by = :by, updated_at = :at,
                                   updated_by = :by WHERE id = :id""")
                    .bind("at", c.at()).bind("by", c.actorId()).bind("id", c.meetingId())
                    .execute();
            return find(tx, c.meetingId()).orElseThrow();
        });
    }

    public void relay(RelayMeeting c) {
        db.useTransaction(tx -> {
            Meeting meeting = lock(tx, c.meetingId());
            boolean relayed = tx.createQuery("SELECT count(*) FROM meeting_relay WHERE meeting_id = :m AND unit_id = :u")
                    .bind("m", c.meetingId()).bind("u", c.unitId()).mapTo(Integer.class).one() > 0;
            Set<String> ofUnit = new HashSet<>(directory.officersOf(c.unitId()).stream()
                    .map(Directory.Officer::officerId).toList());
            List<String> attendees = RelayDecision.decide(c, meeting.state(), meeting.heldOn(), relayed, ofUnit);
            tx.createUpdate("""
                            INSERT INTO meeting_relay (meeting_id, unit_id, officer_id, held_on, attendee_ids, recorded_at)
                            VALUES (:m, :u, :by, :heldOn, :attendees, :at)""")
                    .bind("m", c.meetingId()).bind("u", c.unitId()).bind("by", c.actorId()).bind("heldOn", c.heldOn())
                    .bindArray("attendees", String.class, attendees).bind("at", c.at())
                    .execute();
        });
    }

    public Optional<Meeting> find(String id) {
        return db.withHandle(h -> find(h, id));
    }

    static Optional<Meeting> find(Handle h, String id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM meeting WHERE id = :id").bind("id", id)
                .map(Meetings::row).findOne();
    }

    private static Meeting lock(Handle tx, String id) {
        return tx.createQuery("SELECT " + COLUMNS + " FROM meeting WHERE id = :id FOR UPDATE").bind("id", id)
                .map(Meetings::row).findOne()
                .orElseThrow(() -> DomainException.notFound(TrainingError.MEETING_NOT_FOUND, id));
    }

    public static Meeting row(ResultSet row, StatementContext ctx) throws SQLException {
        Agenda agenda;
        try {
            agenda = Json.mapper().readValue(row.getString("agenda"), Agenda.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("agenda of meeting " + row.getString("id") + " is not readable", e);
        }
        return new Meeting(row.getString("id"), YearMonth.parse(row.getString("month")),
                row.getObject("held_on", java.time.LocalDate.class), row.getString("place"),
                MeetingState.valueOf(row.getString("state")), agenda, row.getString("created_by"),
                instant(row, "created_at"), row.getString("updated_by"), instant(row, "updated_at"),
                instant(row, "held_at"), row.getString("held_by"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        java.time.OffsetDateTime t = row.getObject(column, java.time.OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
