package cn.kaoping.publicity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;

/**
 * Settings of publicity-service, under {@code kaoping.publicity.*} (env {@code KAOPING_PUBLICITY_...}); read by the
 * lists, the bulletins, the pages and the digest, so they sit in the root package. The bureau's time zone (current
 * month, a bulletin's year) is the platform's {@code kaoping.bureau.time-zone}, "now" is {@code kaoping.clock.*}.
 */
@ConfigMapping(prefix = "kaoping.publicity")
public interface PublicityConfig {

    /** P1: co-handlers carry a file in their own monthly entry too (by default only the primary officer). */
    @WithDefault("false")
    boolean countCoHandlers();

    RedCard redCard();

    Bulletin bulletin();

    /** P5: the published pages of the legal web page are readable without a token. */
    @WithDefault("true")
    boolean pagesPublic();

    /** P5: a month without a published version shows its live list on the page, marked 未发布/实时. */
    @WithDefault("true")
    boolean pagesShowLive();

    /** Base URL of the legal web page, for the links in the digest. */
    @WithDefault("http://localhost:8082")
    String publicBaseUrl();

    /** P2 red cards. */
    interface RedCard {
        /** An officer's average deduction in the month strictly above this earns a red card. */
        @WithDefault("3.0")
        BigDecimal averageAbove();

        /** … with at least this many files evaluated in the month. */
        @WithDefault("1")
        int minimumFiles();

        /**
         * Take both thresholds from the rulebook version in force at the end of the month (its
         * {@code thresholds}, carried by RulebookVersionPublished) when one is known; the two settings
         * above apply otherwise.
         */
        @WithDefault("true")
        boolean fromRulebook();
    }

    /** P3: which units a bulletin draft names. */
    interface Bulletin {
        /** A unit whose average deduction in the month is strictly above this … */
        @WithDefault("3.0")
        BigDecimal averageDeductionAbove();

        /** … or whose share of problem files (0..1) is strictly above this. */
        @WithDefault("0.5")
        BigDecimal problemFileShareAbove();
    }
}
