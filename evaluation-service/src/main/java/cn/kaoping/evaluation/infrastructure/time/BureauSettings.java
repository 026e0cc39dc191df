package cn.kaoping.evaluation.infrastructure.time;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

/** {@code kaoping.bureau.*}: the bureau whose files are evaluated. */
@ConfigMapping(prefix = "kaoping.bureau")
public interface BureauSettings {

    /** The bureau's time zone: dates, deadlines and evaluation months are counted in it. */
    @WithDefault("Asia/Shanghai")
    ZoneId timeZone();
}
