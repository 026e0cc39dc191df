package cn.kaoping.supervision.projection;

import cn.kaoping.contracts.evaluation.RectificationOverdue;
import cn.kaoping.contracts.evaluation.RulebookThresholds;
import cn.kaoping.contracts.evaluation.RulebookVersionPublished;
import cn.kaoping.contracts.publicity.RedCardIssued;
import cn.kaoping.contracts.supervision.ProposalGround;
import cn.kaoping.contracts.training.SelectedFile;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * S2: proposals from the rulebook's thresholds, derived from the projection with deterministic ids (a rebuild
 * derives the same): a refused rectification (accountabilityOnRefusedRectification), accountabilityRedCards red
 * cards within the last accountabilityWithinMonths months, a ten-worst file.
 */
final class ProposalRules {

    /** The rulebook's own defaults, while no version has been received. */
    static final Thresholds DEFAULTS = new Thresholds(true, 2, 3);

    record Thresholds(boolean onRefusedRectification, int redCards, int withinMonths) {
    }

    private ProposalRules() {
    }

    static void rulebook(Handle h, RulebookVersionPublished e) {
        RulebookThresholds t = e.rulebook().thresholds();
        h.createUpdate("""
                        INSERT INTO sv_rulebook (version_id, effective_from, on_refused_rectification, red_cards, within_months)
                        VALUES (:id, :from, :refused, :cards, :months)
                        ON CONFLICT (version_id) DO UPDATE SET effective_from = EXCLUDED.effective_from,
                            on_refused_rectification = EXCLUDED.on_refused_rectification,
                            red_cards = EXCLUDED.red_cards, within_months = EXCLUDED.within_months""")
                .bind("id", e.versionId()).bind("from", e.rulebook().effectiveFrom())
                .bind("refused", t.accountabilityOnRefusedRectification()).bind("cards", t.accountabilityRedCards())
                .bind("months", t.accountabilityWithinMonths())
                .execute();
    }

    /** The thresholds of the version in force on the day (the latest version effective by then). */
    static Thresholds inForce(Handle h, LocalDate day) {
        return h.createQuery("""
                        SELECT on_refused_rectification, red_cards, within_months FROM sv_rulebook
                         WHERE effective_from <= :day ORDER BY effective_from DESC, version_id DESC LIMIT 1""")
                .bind("day", day)
                .map((rs, ctx) -> new Thresholds(rs.getBoolean(1), rs.getInt(2), rs.getInt(3)))
                .findOne().orElse(DEFAULTS);
    }

    static void refusedRectification(Handle h, RectificationOverdue e, Instant at) {
        if (!inForce(h, e.rectificationDueOn()).onRefusedRectification()) {
            return;
        }
        insert(h, e.primaryOfficerId(), e.unitId(), ProposalGround.REFUSED_RECTIFICATION, e.caseFileId(),
                List.of(e.caseFileId()), List.of(), at);
    }

    /** Red cards in {@code redCards} of the {@code withinMonths} months ending with this card's month. */
    static void redCards(Handle h, RedCardIssued e, Instant at) {
        Thresholds t = inForce(h, e.month().atEndOfMonth());
        if (t.redCards() <= 0 || t.withinMonths() <= 0) {
            return;
        }
        YearMonth from = e.month().minusMonths(t.withinMonths() - 1L);
        List<String> months = h.createQuery("""
                        SELECT month FROM sv_red_card WHERE officer_id = :officer AND month >= :from AND month <= :to
                         ORDER BY month""")
                .bind("officer", e.officerId()).bind("from", from).bind("to", e.month())
                .mapTo(String.class).list();
        if (months.size() < t.redCards()) {
            return;
        }
        List<String> files = h.createQuery("""
                        SELECT DISTINCT unnest(problem_file_ids) FROM sv_red_card
                         WHERE officer_id = :officer AND month = ANY (:months) ORDER BY 1""")
                .bind("officer", e.officerId()).bindArray("months", String.class, months)
                .mapTo(String.class).list();
        insert(h, e.officerId(), e.unitId(), ProposalGround.REPEATED_RED_CARDS, e.month().toString(), files, months, at);
    }

    static void tenWorst(Handle h, SelectedFile f, Instant at) {
        insert(h, f.primaryOfficerId(), f.unitId(), ProposalGround.TEN_WORST, f.caseFileId(), List.of(f.caseFileId()),
                List.of(), at);
    }

    static String idOf(String officerId, ProposalGround ground, String reference) {
        return UUID.nameUUIDFromBytes(("proposal:" + officerId + "|" + ground + "|" + reference)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static void insert(Handle h, String officerId, String unitId, ProposalGround ground, String reference,
                               List<String> files, List<String> months, Instant at) {
        h.createUpdate("""
                        INSERT INTO sv_proposal (proposal_id, officer_id, unit_id, ground, reference, case_file_ids, months,
                                                 proposed_at)
                        VALUES (:id, :officer, :unit, :ground, :reference, :files, :months, :at)
                        ON CONFLICT (proposal_id) DO NOTHING""")
                .bind("id", idOf(officerId, ground, reference)).bind("officer", officerId).bind("unit", unitId)
                .bind("ground", ground.name()).bind("reference", reference)
                .bindArray("files", String.class, files).bindArray("months", String.class, months).bind("at", at)
                .execute();
    }
}
