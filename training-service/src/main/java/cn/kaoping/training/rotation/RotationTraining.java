package cn.kaoping.training.rotation;

import cn.kaoping.contracts.Actor;
import cn.kaoping.contracts.training.RotationTrainingRecorded;
import cn.kaoping.domain.DomainException;
import cn.kaoping.domain.FieldError;
import cn.kaoping.runtime.db.Db;
import cn.kaoping.runtime.directory.Directory;
import cn.kaoping.runtime.outbox.Outbox;
import cn.kaoping.training.TrainingError;
import cn.kaoping.training.rotation.importing.TrainingSheet;
import cn.kaoping.training.rotation.recording.RecordTraining;
import cn.kaoping.training.rotation.recording.RecordingDecision;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/** 轮训 records (T4): entered one by one or imported from a sheet, all or nothing; each one published. */
@ApplicationScoped
public class RotationTraining {

    private final Db db;
    private final Directory directory;
    private final Outbox outbox;

    RotationTraining(Db db, Directory directory, Outbox outbox) {
        this.db = db;
        this.directory = directory;
        this.outbox = outbox;
    }

    /** A stored record. */
    public record Record(String id, String officerId, String unitId, String course, java.time.LocalDate startsOn,
                         java.time.LocalDate endsOn, java.math.BigDecimal days, String source, String recordedBy,
                         Instant recordedAt) {
    }

    /** @param callerUnit the legal officer's unit (his officers only), null for the brigade */
    public Record record(RecordTraining r, String callerUnit, Actor actor, Instant at) {
        Map<String, Directory.Officer> officers = officers(List.of(r));
        List<FieldError> errors = RecordingDecision.check("", r, unit(officers, r.officerId()), callerUnit);
        if (!errors.isEmpty()) {
            throw DomainException.invalid(TrainingError.REQUIRED, errors);
        }
        List<Record> stored = store(List.of(r), officers, "MANUAL", actor, at);
        return stored.get(0);
    }

    /** Imports a sheet: a row that does not parse or check is reported with its number, and nothing is applied. */
    public List<Record> importSheet(InputStream sheet, String callerUnit, Actor actor, Instant at) {
        List<TrainingSheet.Line> lines = TrainingSheet.read(sheet);
        Map<String, Directory.Officer> byNumber = byPoliceNumber(lines.stream()
                .map(TrainingSheet.Line::policeNumber).filter(Objects::nonNull).distinct().toList());
        List<FieldError> errors = new ArrayList<>();
        List<RecordTraining> records = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        for (TrainingSheet.Line line : lines) {
            String prefix = "第" + line.rowNumber() + "行 ";
            Directory.Officer officer = line.policeNumber() == null ? null : byNumber.get(line.policeNumber());
            if (line.policeNumber() == null) {
                errors.add(FieldError.of(prefix + TrainingSheet.POLICE_NUMBER, TrainingError.REQUIRED));
                continue;
            }
            if (officer == null) {
                errors.add(FieldError.of(prefix + TrainingSheet.POLICE_NUMBER,
                        TrainingError.SHEET_UNKNOWN_POLICE_NUMBER, line.policeNumber()));
                continue;
            }
            records.add(new RecordTraining(officer.officerId(), line.course(), line.startsOn(), line.endsOn(),
                    line.days()));
            prefixes.add(prefix);
        }
        Map<String, Directory.Officer> officers = byNumber.values().stream()
                .collect(Collectors.toMap(Directory.Officer::officerId, o -> o, (a, b) -> a));
        errors.addAll(RecordingDecision.checkAll(records, prefixes, id -> unit(officers, id), callerUnit));
        if (!errors.isEmpty()) {
            throw DomainException.invalid(TrainingError.SHEET_INVALID, errors, errors.size());
        }
        return store(records, officers, "IMPORT", actor, at);
    }

    private List<Record> store(List<RecordTraining> records, Map<String, Directory.Officer> officers, String source,
                               Actor actor, Instant at) {
        List<Record> stored = db.inTransaction(tx -> {
            List<Record> out = new ArrayList<>();
            for (RecordTraining r : records) {
                Record record = new Record(UUID.randomUUID().toString(), r.officerId(),
                        officers.get(r.officerId()).unitId(), r.course().strip(), r.startsOn(), r.endsOn(), r.days(),
                        source, actor.id(), at);
                tx.createUpdate("""
                                INSERT INTO rotation_record (id, officer_id, unit_id, course, starts_on, ends_on, days,
                                                             source, recorded_by, recorded_at)
                                VALUES (:id, :officer, :unit, :course, :starts, :ends, :days, :source, :by, :at)""")
                        .bind("id", record.id()).bind("officer", record.officerId()).bind("unit", record.unitId())
                        .bind("course", record.course()).bind("starts", record.startsOn()).bind("ends", record.endsOn())
                        .bind("days", record.days()).bind("source", source).bind("by", actor.id()).bind("at", at)
                        .execute();
                outbox.add(tx, record.officerId(), actor, at, new RotationTrainingRecorded(record.id(),
                        record.officerId(), record.unitId(), record.course(), record.startsOn(), record.endsOn(),
                        record.days()));
                out.add(record);
            }
            return out;
        });
        outbox.flushSoon();
        return stored;
    }

    /** The sheet names officers by 警号, as the units know them. */
    private Map<String, Directory.Officer> byPoliceNumber(List<String> numbers) {
        List<String> ids = db.withHandle(h -> h.createQuery(
                        "SELECT officer_id FROM officer_directory WHERE police_number = ANY (:numbers)")
                .bindArray("numbers", String.class, numbers).mapTo(String.class).list());
        return directory.officers(ids).values().stream()
                .collect(Collectors.toMap(Directory.Officer::policeNumber, o -> o, (a, b) -> a));
    }

    private Map<String, Directory.Officer> officers(List<RecordTraining> records) {
        return directory.officers(records.stream().map(RecordTraining::officerId).filter(Objects::nonNull).toList());
    }

    private static String unit(Map<String, Directory.Officer> officers, String officerId) {
        Directory.Officer o = officerId == null ? null : officers.get(officerId);
        return o == null ? null : o.unitId();
    }
}
