package cn.kaoping.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * 公安机关执法质量考核评议规定 bans some figures as indicators of enforcement quality: fines and confiscations
 * collected (罚没款数额), criminal and administrative detention counts (刑事拘留数, 行政拘留数), incident counts
 * (发案数), clearance and case-return rates (破案率, 退查率). No event may carry one (I1: "no such figure is
 * stored anywhere"), so no name reachable from {@link EventStreams#ALL} may say one: record and enum type
 * names, record components (through lists, maps and nested records) and enum constants.
 *
 * <p>Names are split into words ({@code finesCollected} → fines, collected; {@code CASE_RETURN_RATE} → case,
 * return, rate) and the words matched, so that {@code refined} or {@code resolved} do not match. "penalty"
 * alone is not banned: {@code processPenalties} / {@code ProcessPenalty} are 程序扣分, points of the process.
 */
class ForbiddenIndicatorsTest {

    /**
     * A word starting with one of these is a banned figure: English, and the pinyin that code sometimes uses
     * (罚款 fakuan, 拘留 juliu, 刑拘 xingju, 破案 poan, 退查 tuicha).
     */
    private static final List<String> BANNED_WORD_STEMS = List.of(
            "confiscat", "forfeit", "seizure", "detention", "detain", "custody", "incident", "clearance",
            "fakuan", "juliu", "xingju", "poan", "tuicha");
    /**
     * Whole words only: as stems, "fine" would match "finest", "famo" (罚没) "famous" and "faan" (发案) more
     * than it should.
     */
    private static final Set<String> BANNED_WORDS = Set.of("fine", "fines", "fined", "famo", "famokuan", "faan",
            "faanshu");
    /** Adjacent words (each a stem) that together name a banned figure. */
    private static final List<List<String>> BANNED_PHRASES = List.of(
            List.of("case", "return"),
            List.of("return", "rate"),
            List.of("clear", "rate"),
            List.of("solve", "rate"),
            List.of("solved", "rate"),
            List.of("penalty", "amount"),
            List.of("penalties", "amount"),
            List.of("penalty", "collected"),
            List.of("penalties", "collected"));

    @Test
    void no_name_reachable_from_any_topic_names_a_banned_indicator() {
        Walk walk = new Walk();
        EventStreams.ALL.forEach(topic -> walk.visit(topic, topic.getSimpleName()));

        assertThat(walk.violations).isEmpty();
        // The walk reached nested records, list elements and enums of every topic, so an empty result means something.
        assertThat(walk.visitedNames).contains(
                "EvaluationCard.processPenalties", "ProcessPenalty.points", "ProcessPenaltyCode.NO_PREREVIEW",
                "RedCardIssued.averageDeduction", "SelectedFile.finalScore", "NominationReason.PROBLEM_FILES",
                "OfficerShare.amount", "ExclusionReason.ROTATION_SHORTFALL", "TrackingItemOpened.caseFileId",
                "AccountabilityDecided.forms", "RulebookThresholds");
    }

    @Nested
    class The_walker {

        record Tally(int administrativeDetentionCount, String unitId) {
        }

        record Payout(String officerId, BigDecimal finesCollected, BigDecimal processPenaltyPoints) {
        }

        enum Indicator { FILES_EVALUATED, CASE_RETURN_RATE, REFINED_SCORE }

        record Report(List<Payout> lines, Map<String, Tally> byUnit, Indicator[] indicators, String resolvedNote) {
        }

        @Test
        void catches_banned_names_in_list_elements_map_values_arrays_and_enum_constants() {
            Walk walk = new Walk();
            walk.visit(Report.class, "Report");

            assertThat(walk.violations).containsExactlyInAnyOrder(
                    "Report.lines[] → Payout.finesCollected",
                    "Report.byUnit{} → Tally.administrativeDetentionCount",
                    "Report.indicators[] → Indicator.CASE_RETURN_RATE");
        }

        @Test
        void leaves_legitimate_evaluation_terms_alone() {
            for (String name : List.of("processPenalties", "ProcessPenalty", "findings", "finalScore", "refined",
                    "resolved", "rectificationDueOn", "returnedOn", "caseFileId", "NOT_STANDARDIZED", "defined",
                    "famousCase", "finest")) {
                assertThat(banned(name)).as(name).isFalse();
            }
            for (String name : List.of("finesCollected", "fineAmount", "confiscatedYuan", "criminalDetentions",
                    "detainedCount", "incidentCount", "clearanceRate", "caseReturnRate", "returnRate", "penaltyAmount",
                    "FAKUAN_JINE", "juliuShu", "poanLv")) {
                assertThat(banned(name)).as(name).isTrue();
            }
        }
    }

    static boolean banned(String name) {
        List<String> words = words(name);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (BANNED_WORDS.contains(word) || BANNED_WORD_STEMS.stream().anyMatch(word::startsWith)) {
                return true;
            }
            for (List<String> phrase : BANNED_PHRASES) {
                if (i + phrase.size() <= words.size() && matches(words.subList(i, i + phrase.size()), phrase)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matches(List<String> words, List<String> phrase) {
        for (int i = 0; i < phrase.size(); i++) {
            if (!words.get(i).startsWith(phrase.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code caseReturnRate} → [case, return, rate]; {@code CASE_RETURN_RATE} → the same. */
    static List<String> words(String name) {
        return Arrays.stream(name.split("_|(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])"))
                .filter(word -> !word.isEmpty()).map(word -> word.toLowerCase(Locale.ROOT)).toList();
    }

    /** Visits every type reachable from a type, once each, and records the banned names with their path. */
    static final class Walk {
        final List<String> violations = new ArrayList<>();
        final Set<String> visitedNames = new LinkedHashSet<>();
        private final Set<Class<?>> seen = new HashSet<>();

        void visit(Type type, String path) {
            if (type instanceof ParameterizedType parameterized) {
                String suffix = parameterized.getRawType() instanceof Class<?> raw && Map.class.isAssignableFrom(raw)
                        ? "{}" : "[]";
                for (Type argument : parameterized.getActualTypeArguments()) {
                    visit(argument, path + suffix);
                }
            } else if (type instanceof GenericArrayType array) {
                visit(array.getGenericComponentType(), path + "[]");
            } else if (type instanceof WildcardType wildcard) {
                Arrays.stream(wildcard.getUpperBounds()).forEach(bound -> visit(bound, path));
            } else if (type instanceof TypeVariable<?> variable) {
                Arrays.stream(variable.getBounds()).forEach(bound -> visit(bound, path));
            } else if (type instanceof Class<?> c) {
                visitClass(c, path);
            } else {
                throw new IllegalArgumentException("unexpected type " + type + " at " + path);
            }
        }

        private void visitClass(Class<?> c, String path) {
            if (c.isArray()) {
                visit(c.getComponentType(), path + "[]");
                return;
            }
            boolean contract = c.isRecord() || c.isEnum() || (c.isInterface() && c.isSealed());
            if (!contract || !seen.add(c)) {
                return;
            }
            check(c.getSimpleName(), path, c.getSimpleName());
            if (c.isInterface()) {
                for (Class<?> permitted : c.getPermittedSubclasses()) {
                    visit(permitted, permitted.getSimpleName());
                }
            } else if (c.isEnum()) {
                for (Object constant : c.getEnumConstants()) {
                    check(((Enum<?>) constant).name(), path, c.getSimpleName() + "." + ((Enum<?>) constant).name());
                }
            } else {
                for (RecordComponent component : c.getRecordComponents()) {
                    String name = c.getSimpleName() + "." + component.getName();
                    check(component.getName(), path, name);
                    visit(component.getGenericType(), name);
                }
            }
        }

        private void check(String name, String path, String qualified) {
            visitedNames.add(qualified);
            if (banned(name)) {
                boolean direct = path.equals(qualified) || qualified.startsWith(path + ".");
                violations.add(direct ? qualified : path + " → " + qualified);
            }
        }
    }
}
