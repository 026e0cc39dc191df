package cn.kaoping.evaluation.query.casefiles;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One event in a file's history. */
@Schema(description = "案卷历史中的一条事件 / One event of a file's history")
public record HistoryEntry(
        @Schema(description = "序号 / sequence number in the file") long sequence,
        @Schema(description = "事件类型 / event type, e.g. CaseFileReviewed") String type,
        @Schema(description = "发生时间 / when") Instant occurredAt,
        @Schema(description = "操作人（system 为系统） / actor id, 'system' for deadlines") String actorId,
        @Schema(description = "操作人姓名 / actor's name when known") String actorName,
        @Schema(description = "摘要（中文；Accept-Language: en 时为英文） / summary, Chinese, English with "
                + "Accept-Language: en") String summary) {
}
