package cn.kaoping.evaluation.rest.casefiles;

import cn.kaoping.contracts.evaluation.Classification;
import cn.kaoping.contracts.evaluation.Grade;
import cn.kaoping.evaluation.query.casefiles.CardView;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The result of one round, as its card stands. */
@Schema(description = "一次考评的结果 / The result of one round")
public record RoundResult(int round, LocalDate madeOn, String madeBy, BigDecimal totalDeduction, BigDecimal score,
                          Grade grade, Classification classification) {

    static RoundResult of(CardView card) {
        return new RoundResult(card.round(), card.madeOn(), card.madeBy(), card.card().totalDeduction(),
                card.card().score(), card.card().grade(), card.card().classification());
    }
}
