package cn.kaoping.supervision.accountability;

import cn.kaoping.contracts.Json;
import cn.kaoping.contracts.supervision.ProposalGround;
import cn.kaoping.runtime.db.Db;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The accountability cases' tables: decisions of this service, never cleared, never purged. */
@ApplicationScoped
public class AccountabilityCases {

    private static final String COLUMNS = """
            case_id, officer_id, unit_id, proposal_id, grounds, reason, state, facts::text AS facts,
            opinion::text AS opinion, issued_on, statement_due_on, statement""";

    public Optional<AccountabilityCase> find(Handle h, String caseId) {
        return h.createQuery("SELECT " + COLUMNS + " FROM accountability_case WHERE case_id = :id")
                .bind("id", caseId).map(AccountabilityCases::row).findOne();
    }

    public Optional<AccountabilityCase> lock(Handle h, String caseId) {
        return h.createQuery("SELECT " + COLUMNS + " FROM accountability_case WHERE case_id = :id FOR UPDATE")
                .bind("id", caseId).map(AccountabilityCases::row).findOne();
    }

    public boolean proposalTaken(Handle h, String proposalId) {
        return h.createQuery("SELECT count(*) FROM accountability_case WHERE proposal_id = :id")
                .bind("id", proposalId).mapTo(Integer.class).one() > 0;
    }

    public void insert(Handle h, AccountabilityCase c, Instant at, String actorId) {
        h.createUpdate("""
                        INSERT INTO accountability_case (case_id, officer_id, unit_id, proposal_id, grounds, reason, state,
                                                         facts, opinion, opened_at, opened_by)
                        VALUES (:id, :officer, :unit, :proposal, :grounds, :reason, :state, cast(:facts AS jsonb),
                                cast(:opinion AS jsonb), :at, :by)""")
                .bind("id", c.caseId()).bind("officer", c.officerId()).bind("unit", c.unitId())
                .bind("proposal", c.proposalId())
                .bindArray("grounds", String.class, c.grounds().stream().map(Enum::name).toList())
                .bind("reason", c.reason()).bind("state", c.state().name())
                .bind("facts", Db.json(c.facts())).bind("opinion", Db.json(c.opinion()))
                .bind("at", at).bind("by", actorId)
                .execute();
    }

    /** Stores the case's new state; {@code statementAt}/{@code submittedAt} only when they happen. */
    public void update(Handle h, AccountabilityCase c, Instant statementAt, Instant submittedAt) {
        h.createUpdate("""
                        UPDATE accountability_case SET state = :state, opinion = cast(:opinion AS jsonb),
                               issued_on = :issued, statement_due_on = :due, statement = :statement,
                               statement_at = coalesce(:statementAt, statement_at),
                               submitted_at = coalesce(:submittedAt, submitted_at)
                         WHERE case_id = :id""")
                .bind("state", c.state().name()).bind("opinion", Db.json(c.opinion()))
                .bind("issued", c.issuedOn()).bind("due", c.statementDueOn()).bind("statement", c.statement())
                .bind("statementAt", statementAt).bind("submittedAt", submittedAt).bind("id", c.caseId())
                .execute();
    }

    public void history(Handle h, String caseId, Instant at, String type, String actorId, String note) {
        h.createUpdate("""
                        INSERT INTO accountability_history (case_id, at, type, actor_id, note)
                        VALUES (:id, :at, :type, :actor, :note)""")
                .bind("id", caseId).bind("at", at).bind("type", type).bind("actor", actorId).bind("note", note)
                .execute();
    }

    public List<Outcome> outcomes(Handle h, String caseId) {
        return h.createQuery("""
                        SELECT seq, kind, liable, forms, grounds, note, batch, decided_on, actor_id, at
                          FROM accountability_outcome WHERE case_id = :id ORDER BY seq""")
                .bind("id", caseId)
                .map((rs, ctx) -> new Outcome(rs.getInt("seq"), rs.getString("kind"), rs.getBoolean("liable"),
                        List.of((String[]) rs.getArray("forms").getArray()), rs.getString("grounds"),
                        rs.getString("note"), rs.getString("batch"), rs.getObject("decided_on", LocalDate.class),
                        rs.getString("actor_id"), rs.getObject("at", java.time.OffsetDateTime.class).toInstant()))
                .list();
    }

    public void addOutcome(Handle h, String caseId, Outcome o) {
        h.createUpdate("""
                        INSERT INTO accountability_outcome (case_id, seq, kind, liable, forms, grounds, note, batch,
                                                            decided_on, actor_id, at)
                        VALUES (:id, :seq, :kind, :liable, :forms, :grounds, :note, :batch, :decidedOn, :actor, :at)""")
                .bind("id", caseId).bind("seq", o.seq()).bind("kind", o.kind()).bind("liable", o.liable())
                .bindArray("forms", String.class, o.forms()).bind("grounds", o.grounds()).bind("note", o.note())
                .bind("batch", o.batch()).bind("decidedOn", o.decidedOn()).bind("actor", o.actorId())
                .bind("at", o.at())
                .execute();
    }

    static AccountabilityCase row(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws SQLException {
        List<ProposalGround> grounds = Arrays.stream((String[]) rs.getArray("grounds").getArray())
                .map(ProposalGround::valueOf).toList();
        return new AccountabilityCase(rs.getString("case_id"), rs.getString("officer_id"), rs.getString("unit_id"),
                rs.getString("proposal_id"), grounds, rs.getString("reason"), CaseState.valueOf(rs.getString("state")),
                Json.read(rs.getString("facts"), CaseFacts.class), Json.read(rs.getString("opinion"), Opinion.class),
                rs.getObject("issued_on", LocalDate.class), rs.getObject("statement_due_on", LocalDate.class),
                rs.getString("statement"));
    }
}
