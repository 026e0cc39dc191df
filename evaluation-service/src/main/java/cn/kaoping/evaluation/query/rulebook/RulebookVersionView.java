package cn.kaoping.evaluation.query.rulebook;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 考评细则版本: a published rulebook version, without its content. */
@Schema(description = "考评细则版本 / A published rulebook version")
public record RulebookVersionView(
        @Schema(description = "版本号 / version id") String versionId,
        @Schema(description = "名称 / name") String name,
        @Schema(description = "生效日期：适用于此日及以后结案的案卷 / applies to files closed on or after") LocalDate effectiveFrom,
        @Schema(description = "发布时间 / published at") Instant publishedAt,
        @Schema(description = "发布人 / published by") String publishedBy) {
}
