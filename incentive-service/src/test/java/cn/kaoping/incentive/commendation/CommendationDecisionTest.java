package cn.kaoping.incentive.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaoping.incentive.performance.OfficerPoints;
import cn.kaoping.incentive.performance.Performance;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** I3: ranking by points; red cards, liability and (when checked) rotation shortfall exclude, with reasons. */
class CommendationDecisionTest {

    static OfficerPoints line(String id, String points) {
        return new OfficerPoints(id, "U1", new BigDecimal(points), List.of());
    }

    @Test
    void ranksTheEligibleAndShowsEveryReasonOfTheExcluded() {
        Performance p = new Performance("2026", "s", List.of(line("a", "30"), line("b", "50"), line("c", "30"),
                line("d", "40"), line("e", "10")), List.of());
        Map<String, List<Exclusion>> exclusions = Map.of("b", List.of(new Exclusion(ExclusionKind.RED_CARD, "2026-05 红牌")));
        Ranking r = CommendationDecision.decide(p, exclusions, Map.of("a", new BigDecimal("15"), "b",
                new BigDecimal("20"), "c", new BigDecimal("16"), "d", new BigDecimal("14.5")), 15, 2026);

        assertThat(r.officers()).extracting(CommendationLine::officerId, CommendationLine::rank, CommendationLine::eligible)
                .containsExactly(Tuple.tuple("b", null, false), Tuple.tuple("d", null, false),
                        Tuple.tuple("a", 1, true), Tuple.tuple("c", 1, true), Tuple.tuple("e", null, false));
        assertThat(r.officers().get(1).exclusions()).extracting(Exclusion::reason, Exclusion::detail)
                .containsExactly(Tuple.tuple(ExclusionKind.ROTATION_SHORTFALL, "2026 年轮训 14.5 天，少于规定的 15 天"));
        assertThat(r.officers().get(4).exclusions().get(0).detail()).isEqualTo("2026 年轮训 0 天，少于规定的 15 天");
    }

    @Test
    void withoutTheRotationRuleOnlyTheFactsExclude() {
        Performance p = new Performance("2026-Q4", "s", List.of(line("a", "30"), line("b", "20")), List.of());
        Ranking r = CommendationDecision.decide(p, Map.of(), Map.of(), null, 2026);
        assertThat(r.officers()).extracting(CommendationLine::officerId, CommendationLine::rank)
                .containsExactly(Tuple.tuple("a", 1), Tuple.tuple("b", 2));
        assertThat(r.rotationChecked()).isFalse();
    }
}
