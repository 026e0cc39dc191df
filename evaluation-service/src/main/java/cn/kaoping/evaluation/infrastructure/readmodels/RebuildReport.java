package cn.kaoping.evaluation.infrastructure.readmodels;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a rebuild did.
 *
 * @param events the events replayed, the whole event store
 * @param rows   the rows of each read-model table after the rebuild
 * @param millis how long the rebuild took
 */
@Schema(description = "读模型重建结果 / What a rebuild of the read models did")
public record RebuildReport(
        @Schema(description = "重放的事件数（事件存储中的全部事件） / events replayed: the whole event store") long events,
        @Schema(description = "重建后各表的行数 / rows of each table after the rebuild") Map<String, Long> rows,
        @Schema(description = "耗时（毫秒） / duration in milliseconds") long millis) {
}
