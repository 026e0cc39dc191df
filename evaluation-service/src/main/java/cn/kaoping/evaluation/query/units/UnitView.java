package cn.kaoping.evaluation.query.units;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 单位: a unit as the read model holds it. */
@Schema(description = "单位 / A unit of the bureau")
public record UnitView(
        @Schema(description = "单位编号 / unit id") String id,
        @Schema(description = "单位代码（唯一） / unit code, unique") String code,
        @Schema(description = "单位名称 / name") String name,
        @Schema(description = "登记时间 / registered at") Instant registeredAt) {
}
