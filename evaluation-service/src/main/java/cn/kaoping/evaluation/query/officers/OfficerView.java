package cn.kaoping.evaluation.query.officers;

import cn.kaoping.contracts.evaluation.OfficerRole;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 民警: an officer as the read model holds him. */
@Schema(description = "民警 / An officer")
public record OfficerView(
        @Schema(description = "民警编号（令牌的 sub） / officer id, the sub of his token") String id,
        @Schema(description = "警号（唯一） / police number, unique") String policeNumber,
        @Schema(description = "姓名 / name") String name,
        @Schema(description = "所属单位 / unit id") String unitId,
        @Schema(description = "角色 / roles") List<OfficerRole> roles,
        @Schema(description = "登记时间 / registered at") Instant registeredAt,
        @Schema(description = "在职（未注销） / in service, not deactivated") boolean active,
        @Schema(description = "注销生效日期 / deactivated on") LocalDate deactivatedOn) {
}
