package cn.kaoping.publicity.list.publishing;

import cn.kaoping.publicity.list.MonthlyList;
import cn.kaoping.publicity.list.OfficerEntry;
import cn.kaoping.publicity.list.ProblemFile;
import cn.kaoping.publicity.list.UnitEntry;
import cn.kaoping.publicity.query.lists.LiveLists;
import cn.kaoping.contracts.publicity.RedCardIssued;
import cn.kaoping.runtime.db.Db;
import cn.kaoping.runtime.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import org.jdbi.v3.core.Handle;

/**
 * Publishes a month's list: in one transaction, locks the month's version counter (so concurrent publications of a
 * month get consecutive versions), computes the live list, lets {@link PublicationDecision} decide, stores the
 * frozen version and puts its events into the outbox.
 */
@ApplicationScoped
public class MonthlyListPublisher {

    private final Db db;
    private final LiveLists live;
    private final Outbox outbox;

    public MonthlyListPublisher(Db db, LiveLists live, Outbox outbox) {
        this.db = db;
        this.live = live;
        this.outbox = outbox;
    }

    public MonthlyList publish(PublishMonthlyList command) {
        MonthlyList frozen = db.inTransaction(h -> {
            int last = lockCounter(h, command);
            PublicationDecision.Publication publication = PublicationDecision.decide(command,
                    live.compute(h, command.month()), last);
            MonthlyList list = publication.list();
            h.createUpdate("UPDATE monthly_list_counter SET last_version = :version WHERE month = :month")
                    .bind("version", list.version()).bind("month", command.month()).execute();
            insert(h, list);
            outbox.add(h, command.month().toString(), command.actor(), command.at(), publication.published());
            for (RedCardIssued redCard : publication.redCards()) {
                outbox.add(h, redCard.officerId(), command.actor(), command.at(), redCard);
            }
            return list;
        });
        outbox.flushSoon();
        return frozen;
    }

    /** The month's last version (0 if none); the counter row stays locked until the transaction ends. */
    private static int lockCounter(Handle h, PublishMonthlyList command) {
        return h.createQuery("""
                        INSERT INTO monthly_list_counter (month, last_version) VALUES (:month, 0)
                        ON CONFLICT (month) DO UPDATE SET last_version = monthly_list_counter.last_version
                        RETURNING last_version""")
                .bind("month", command.month()).mapTo(Integer.class).one();
    }

    private static void insert(Handle h, MonthlyList list) {
        h.createUpdate("""
                        INSERT INTO monthly_list_version (month, version, published_at, published_by,
                            red_card_average_above, red_card_minimum_files, red_card_rule_source)
                        VALUES (:month, :version, :at, :by, :above, :minimum, :source)""")
                .bind("month", list.month()).bind("version", list.version()).bind("at", list.publishedAt())
                .bind("by", list.publishedBy()).bind("above", list.redCardRule().averageAbove())
                .bind("minimum", list.redCardRule().minimumFiles()).bind("source", list.redCardRule().source())
                .execute();
        for (OfficerEntry officer : list.officers()) {
            h.createUpdate("""
                            INSERT INTO monthly_list_officer (month, version, officer_id, police_number, officer_name,
                                unit_id, unit_name, files_evaluated, total_deduction, average_deduction, problem_files,
                                red_card)
                            VALUES (:month, :version, :officer, :policeNumber, :name, :unit, :unitName, :files,
                                    :total, :average, :problems, :redCard)""")
                    .bind("month", list.month()).bind("version", list.version()).bind("officer", officer.officerId())
                    .bind("policeNumber", officer.policeNumber()).bind("name", officer.officerName())
                    .bind("unit", officer.unitId()).bind("unitName", officer.unitName())
                    .bind("files", officer.filesEvaluated()).bind("total", officer.totalDeduction())
                    .bind("average", officer.averageDeduction()).bind("problems", officer.problemFiles())
                    .bind("redCard", officer.redCard())
                    .execute();
            for (ProblemFile file : officer.problemFileList()) {
                h.createUpdate("""
                                INSERT INTO monthly_list_problem_file (month, version, officer_id, case_file_id,
                                    case_number, unit_id, total_deduction, classification)
                                VALUES (:month, :version, :officer, :file, :caseNumber, :unit, :deduction,
                                        :classification)""")
                        .bind("month", list.month()).bind("version", list.version())
                        .bind("officer", officer.officerId()).bind("file", file.caseFileId())
                        .bind("caseNumber", file.caseNumber()).bind("unit", file.unitId())
                        .bind("deduction", file.totalDeduction()).bind("classification", file.classification())
                        .execute();
            }
        }
        for (UnitEntry unit : list.units()) {
            h.createUpdate("""
                            INSERT INTO monthly_list_unit (month, version, unit_id, unit_code, unit_name,
                                files_evaluated, total_deduction, average_deduction, problem_files,
                                problem_file_share, red_card_officers)
                            VALUES (:month, :version, :unit, :code, :name, :files, :total, :average, :problems,
                                    :share, :redCards)""")
                    .bind("month", list.month()).bind("version", list.version()).bind("unit", unit.unitId())
                    .bind("code", unit.unitCode()).bind("name", unit.unitName())
                    .bind("files", unit.filesEvaluated()).bind("total", unit.totalDeduction())
                    .bind("average", unit.averageDeduction()).bind("problems", unit.problemFiles())
                    .bind("share", unit.problemFileShare()).bind("redCards", unit.redCardOfficers())
                    .execute();
        }
    }
}
