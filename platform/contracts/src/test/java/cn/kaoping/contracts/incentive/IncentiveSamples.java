package cn.kaoping.contracts.incentive;

import java.math.BigDecimal;
import java.util.List;

/**
 * One realistic sample of every {@link IncentiveEvent} record ({@code SampleEvents.incentiveSamples()}).
 *
 * <p>The allocation is worked by hand: a pool of 100000.00 yuan over 50.5 points. 城关派出所 (30.5 points)
 * gets 100000 × 30.5 / 50.5 = 60396.0396…, 西街派出所 (20.0) 39603.9603…; in cents 6039603 + 3960396 leave one
 * cent, which goes to the larger remainder (.96 over .03): 60396.04 and 39603.96. Then 60396.04 over 36.5
 * officer points: 24.0 → 39712.4657… and 12.5 → 20683.5753…, one cent left to the larger remainder (.5753):
 * 39712.46 and 20683.58; 39603.96 over 24.0 points: 20.0 → 33003.30 and 4.0 → 6600.66, exact.
 */
public final class IncentiveSamples {

    static final String UNIT_ID = "2c9a7d0e-52a4-4cf1-9e4b-0c6b1d4f8a33";
    static final String OTHER_UNIT_ID = "3d0b8e1f-63b5-4d02-8f5c-1d7c2e5a9b44";
    static final String OFFICER_ID = "7d3e1c55-0b2f-4d7a-8f61-3e9c2b5a4d10";
    static final String CO_HANDLER_ID = "8e4f2d66-1c3a-4e8b-9a72-4f0d3c6b5e21";
    static final String OTHER_OFFICER_ID = "4e1c9f20-74c6-4e13-9a6d-2e8d3f6b0c55";
    static final String OTHER_CO_HANDLER_ID = "5f2d0a31-85d7-4f24-8b7e-3f9e4a7c1d66";
    static final String ALLOCATION_ID = "9e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b";
    static final String RANKING_ID = "0f1a2b3c-4d5e-4f6a-9b7c-8d9e0f1a2b3c";
    static final String SCHEME = "scheme-2017-01";

    private IncentiveSamples() {
    }

    public static List<IncentiveEvent> all() {
        return List.of(
                new FundingAllocationApproved(ALLOCATION_ID, "2017-Q1", 1, yuan("100000.00"), SCHEME,
                        List.of(new UnitShare(UNIT_ID, points("30.5"), yuan("60396.04")),
                                new UnitShare(OTHER_UNIT_ID, points("20.0"), yuan("39603.96"))),
                        List.of(new OfficerShare(OFFICER_ID, UNIT_ID, points("24.0"), yuan("39712.46")),
                                new OfficerShare(CO_HANDLER_ID, UNIT_ID, points("12.5"), yuan("20683.58")),
                                new OfficerShare(OTHER_OFFICER_ID, OTHER_UNIT_ID, points("20.0"), yuan("33003.30")),
                                new OfficerShare(OTHER_CO_HANDLER_ID, OTHER_UNIT_ID, points("4.0"), yuan("6600.66")))),
                new CommendationRankingPublished(RANKING_ID, "2017", SCHEME,
                        List.of(new RankedOfficer(1, OTHER_OFFICER_ID, OTHER_UNIT_ID, points("86.0")),
                                new RankedOfficer(2, CO_HANDLER_ID, UNIT_ID, points("52.5"))),
                        List.of(new ExcludedOfficer(OFFICER_ID, UNIT_ID, points("91.0"),
                                        List.of(ExclusionReason.RED_CARD, ExclusionReason.LIABILITY)),
                                new ExcludedOfficer(OTHER_CO_HANDLER_ID, OTHER_UNIT_ID, points("40.0"),
                                        List.of(ExclusionReason.ROTATION_SHORTFALL)))));
    }

    static BigDecimal yuan(String amount) {
        return new BigDecimal(amount);
    }

    private static BigDecimal points(String value) {
        return new BigDecimal(value);
    }
}
