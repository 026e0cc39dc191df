package cn.kaoping.evaluation.query.casefiles;

import cn.kaoping.contracts.evaluation.EvaluationCard;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 考评卡: the card of one round as it stands, with who made it and when. */
@Schema(description = "一次考评的考评卡 / The evaluation card of one round as it stands")
public record CardView(
        @Schema(description = "考评次数 / round") int round,
        @Schema(description = "考评日期 / made on") LocalDate madeOn,
        @Schema(description = "考评时间 / made at") Instant madeAt,
        @Schema(description = "考评员（system：整改期限届满） / reviewer, or system") String madeBy,
        @Schema(description = "CASE_FILE_REVIEWED 或 RECTIFICATION_OVERDUE / the event that made it") String madeByEvent,
        @Schema(description = "异议成立后重算的时间 / recomputed by an upheld objection at") Instant revisedAt,
        @Schema(description = "重算人 / recomputed by") String revisedBy,
        @Schema(description = "考评卡 / the card") EvaluationCard card) {
}
