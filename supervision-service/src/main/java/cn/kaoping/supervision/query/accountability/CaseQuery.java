package cn.kaoping.supervision.query.accountability;

import cn.kaoping.runtime.db.Db;
import cn.kaoping.supervision.accountability.AccountabilityCase;
import cn.kaoping.supervision.accountability.AccountabilityCases;
import cn.kaoping.supervision.accountability.Outcome;
import cn.kaoping.supervision.accountability.Proposal;
import cn.kaoping.supervision.accountability.Proposals;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The read side of accountability (S2): a case with its facts, opinion, outcomes and history; the proposals. */
@ApplicationScoped
public class CaseQuery {

    private final Db db;
    private final AccountabilityCases cases;

    CaseQuery(Db db, AccountabilityCases cases) {
        this.db = db;
        this.cases = cases;
    }

    public record HistoryLine(Instant at, String type, String actorId, String note) {
    }

    public record CaseDetail(AccountabilityCase accountabilityCase, List<Outcome> outcomes, List<HistoryLine> history,
                             Instant openedAt) {
    }

    /** A file a proposal stands on. */
    public record ProposalFile(String caseFileId, String caseNumber, BigDecimal totalDeduction,
                               LocalDate rectificationDueOn, boolean refusedRectification, boolean submissionOverdue) {
    }

    public record ProposalView(Proposal proposal, String officerName, String unitName, List<ProposalFile> files,
                               String caseId) {
    }

    public Optional<CaseDetail> find(String caseId) {
        return db.withHandle(h -> cases.find(h, caseId).map(c -> new CaseDetail(c, cases.outcomes(h, caseId),
                h.createQuery("""
                                SELECT at, type, actor_id, note FROM accountability_history WHERE case_id = :id ORDER BY seq""")
                        .bind("id", caseId)
                        .map((rs, ctx) -> new HistoryLine(rs.getObject("at", OffsetDateTime.class).toInstant(),
                                rs.getString("type"), rs.getString("actor_id"), rs.getString("note")))
                        .list(),
                h.createQuery("SELECT opened_at FROM accountability_case WHERE case_id = :id").bind("id", caseId)
                        .mapTo(OffsetDateTime.class).one().toInstant())));
    }

    /** Every proposal, the newest first, with the case opened from it if any; paged in SQL. */
    public List<ProposalView> proposals(boolean openOnly, int offset, int limit) {
        return db.withHandle(h -> h.createQuery("SELECT p." + Proposals.COLUMNS.replace(", ", ", p.") + """
                        , o.name AS officer_name, u.name AS unit_name, c.case_id
                          FROM sv_proposal p
                          LEFT JOIN officer_directory o ON o.officer_id = p.officer_id
                          LEFT JOIN unit_directory u ON u.unit_id = p.unit_id
                          LEFT JOIN accountability_case c ON c.proposal_id = p.proposal_id
                         WHERE (NOT :openOnly OR c.case_id IS NULL)
                         ORDER BY p.proposed_at DESC, p.proposal_id LIMIT :limit OFFSET :offset""")
                .bind("openOnly", openOnly).bind("limit", limit).bind("offset", offset)
                .map((rs, ctx) -> new ProposalView(Proposals.row(rs, ctx), rs.getString("officer_name"),
                        rs.getString("unit_name"), List.of(), rs.getString("case_id")))
                .list()
                .stream()
                .map(v -> new ProposalView(v.proposal(), v.officerName(), v.unitName(), files(h, v.proposal()), v.caseId()))
                .toList());
    }

    public long countProposals(boolean openOnly) {
        return db.withHandle(h -> h.createQuery("""
                        SELECT count(*) FROM sv_proposal p LEFT JOIN accountability_case c ON c.proposal_id = p.proposal_id
                         WHERE (NOT :openOnly OR c.case_id IS NULL)""")
                .bind("openOnly", openOnly).mapTo(Long.class).one());
    }

    private static List<ProposalFile> files(org.jdbi.v3.core.Handle h, Proposal p) {
        return h.createQuery("""
                        SELECT case_file_id, case_number, total_deduction, rectification_due_on, refused_rectification,
                               submission_overdue FROM sv_case_file WHERE case_file_id = ANY (:ids) ORDER BY case_number""")
                .bindArray("ids", String.class, p.caseFileIds())
                .map((rs, ctx) -> new ProposalFile(rs.getString(1), rs.getString(2), rs.getBigDecimal(3),
                        rs.getObject(4, LocalDate.class), rs.getBoolean(5), rs.getBoolean(6)))
                .list();
    }
}
