package cn.kaoping.runtime.time;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

/** {@code kaoping.bureau.*}: the bureau whose files are evaluated, the same for every service. */
@ConfigMapping(prefix = "kaoping.bureau")
public interface BureauSettings {

    /** The bureau's time zone: dates, deadlines and months are counted in it. */
    @WithDefault("Asia/Shanghai")
    ZoneId timeZone();

    /** The bureau's name, as documents and pages print it. */
    @WithDefault("某县公安局")
    String name();
}
