package cn.kaoping.supervision.accountability;

import cn.kaoping.contracts.supervision.ProposalGround;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Reads the proposals the projection derived (table sv_proposal). */
@ApplicationScoped
public class Proposals {

    public static final String COLUMNS = "proposal_id, officer_id, unit_id, ground, reference, case_file_ids, months, proposed_at";

    public Optional<Proposal> find(Handle h, String proposalId) {
        return h.createQuery("SELECT " + COLUMNS + " FROM sv_proposal WHERE proposal_id = :id")
                .bind("id", proposalId).map(Proposals::row).findOne();
    }

    public static Proposal row(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws SQLException {
        return new Proposal(rs.getString("proposal_id"), rs.getString("officer_id"), rs.getString("unit_id"),
                ProposalGround.valueOf(rs.getString("ground")), rs.getString("reference"),
                List.of((String[]) rs.getArray("case_file_ids").getArray()),
                List.of((String[]) rs.getArray("months").getArray()),
                rs.getObject("proposed_at", OffsetDateTime.class).toInstant());
    }
}
