package cn.kaoping.incentive.scheme.publishing;

import cn.kaoping.domain.DomainException;
import cn.kaoping.domain.FieldError;
import cn.kaoping.domain.Period;
import cn.kaoping.incentive.IncentiveError;
import cn.kaoping.incentive.scheme.ForbiddenIndicators;
import cn.kaoping.incentive.scheme.Indicator;
import cn.kaoping.incentive.scheme.Scheme;
import cn.kaoping.incentive.scheme.Term;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a scheme may be published (I1): every error is listed at once, with its field path. A term naming a
 * forbidden figure makes the whole answer {@link IncentiveError#FORBIDDEN_INDICATOR}, citing the national rules.
 */
public final class SchemePublicationDecision {

    private static final Pattern VERSION_ID = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$");
    private static final BigDecimal LIMIT = BigDecimal.valueOf(10_000);
    private static final int MAX_DECIMALS = 4;

    private SchemePublicationDecision() {
    }

    /** The scheme as it will be stored, or the refusal. */
    public static Scheme decide(PublishScheme command) {
        Scheme s = command.scheme();
        List<FieldError> errors = new ArrayList<>();
        if (s.versionId() == null || s.versionId().isBlank()) {
            errors.add(FieldError.of("versionId", IncentiveError.REQUIRED));
        } else if (!VERSION_ID.matcher(s.versionId()).matches()) {
            errors.add(FieldError.of("versionId", IncentiveError.BAD_VERSION_ID, s.versionId()));
        }
        if (s.effectiveFrom() == null) {
            errors.add(FieldError.of("effectiveFrom", IncentiveError.REQUIRED));
        }
        if (s.coHandlerShare() == null) {
            errors.add(FieldError.of("coHandlerShare", IncentiveError.REQUIRED));
        } else if (s.coHandlerShare().signum() < 0 || s.coHandlerShare().compareTo(BigDecimal.ONE) > 0) {
            errors.add(FieldError.of("coHandlerShare", IncentiveError.SHARE_OUT_OF_RANGE, s.coHandlerShare()));
        } else {
            precision("coHandlerShare", s.coHandlerShare(), errors);
        }
        Set<String> kinds = Set.copyOf(Arrays.stream(Period.Kind.values()).map(Enum::name).toList());
        for (int i = 0; i < s.rotationShortfallPeriods().size(); i++) {
            String kind = s.rotationShortfallPeriods().get(i);
            if (kind == null || !kinds.contains(kind)) {
                errors.add(FieldError.of("rotationShortfallPeriods[" + i + "]", IncentiveError.UNKNOWN_PERIOD_KIND,
                        kind, kinds));
            }
        }
        EnumSet<Indicator> seen = EnumSet.noneOf(Indicator.class);
        String forbidden = null;
        for (int i = 0; i < s.terms().size(); i++) {
            Term term = s.terms().get(i);
            String at = "terms[" + i + "]";
            if (term == null || term.indicator() == null || term.indicator().isBlank()) {
                errors.add(FieldError.of(at + ".indicator", IncentiveError.REQUIRED));
                continue;
            }
            Indicator indicator = indicator(term.indicator());
            if (indicator == null) {
                if (ForbiddenIndicators.isForbidden(term.indicator())) {
                    forbidden = forbidden == null ? term.indicator() : forbidden;
                    errors.add(FieldError.of(at + ".indicator", IncentiveError.FORBIDDEN_INDICATOR, term.indicator()));
                } else {
                    errors.add(FieldError.of(at + ".indicator", IncentiveError.UNKNOWN_INDICATOR, term.indicator(),
                            Arrays.toString(Indicator.values())));
                }
                continue;
            }
            if (!seen.add(indicator)) {
                errors.add(FieldError.of(at + ".indicator", IncentiveError.INDICATOR_REPEATED, indicator));
                continue;
            }
            if (indicator.keyed()) {
                keyed(at, indicator, term, errors);
            } else {
                scalar(at, indicator, term, errors);
            }
        }
        for (Indicator required : List.of(Indicator.CASE_KIND, Indicator.GRADE)) {
            if (!seen.contains(required)) {
                errors.add(FieldError.of("terms", IncentiveError.MISSING_KEY, required));
            }
        }
        if (forbidden == null) {
            forbidden = errors.stream().filter(f -> f.code() == IncentiveError.FORBIDDEN_INDICATOR)
                    .map(f -> String.valueOf(f.args().get(0))).findFirst().orElse(null);
        }
        if (forbidden != null) {
            throw DomainException.invalid(IncentiveError.FORBIDDEN_INDICATOR, errors, forbidden);
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(IncentiveError.SCHEME_INVALID, errors, s.versionId());
        }
        return s;
    }

    private static Indicator indicator(String name) {
        try {
            return Indicator.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void keyed(String at, Indicator indicator, Term term, List<FieldError> errors) {
        if (term.value() != null) {
            errors.add(FieldError.of(at + ".value", IncentiveError.FIELD_NOT_FOR_INDICATOR, "value", indicator));
        }
        Map<String, BigDecimal> values = term.values();
        if (values == null) {
            errors.add(FieldError.of(at + ".values", IncentiveError.REQUIRED));
            return;
        }
        for (Map.Entry<String, BigDecimal> entry : values.entrySet()) {
            String field = at + ".values." + entry.getKey();
            if (!indicator.keys().contains(entry.getKey())) {
                errors.add(ForbiddenIndicators.isForbidden(entry.getKey())
                        ? FieldError.of(field, IncentiveError.FORBIDDEN_INDICATOR, entry.getKey())
                        : FieldError.of(field, IncentiveError.UNKNOWN_KEY, entry.getKey(), indicator.keys()));
                continue;
            }
            BigDecimal v = entry.getValue();
            if (v == null) {
                errors.add(FieldError.of(field, IncentiveError.REQUIRED));
                continue;
            }
            range(field, v, errors);
            if (indicator != Indicator.CLASSIFICATION && v.signum() < 0) {
                errors.add(FieldError.of(field, IncentiveError.NEGATIVE_VALUE, v));
            }
        }
        if (indicator == Indicator.CLASSIFICATION) {
            return;
        }
        for (String key : indicator.keys()) {
            if (!values.containsKey(key)) {
                errors.add(FieldError.of(at + ".values." + key, IncentiveError.MISSING_KEY, key));
            }
        }
        if (indicator == Indicator.GRADE && values.get("EXCELLENT") != null && values.get("PASS") != null
                && values.get("FAIL") != null
                && !(values.get("EXCELLENT").compareTo(values.get("PASS")) > 0
                && values.get("PASS").compareTo(values.get("FAIL")) > 0)) {
            errors.add(FieldError.of(at + ".values", IncentiveError.COEFFICIENTS_NOT_ORDERED));
        }
    }

    private static void scalar(String at, Indicator indicator, Term term, List<FieldError> errors) {
        if (term.values() != null) {
            errors.add(FieldError.of(at + ".values", IncentiveError.FIELD_NOT_FOR_INDICATOR, "values", indicator));
        }
        BigDecimal v = term.value();
        if (v == null) {
            errors.add(FieldError.of(at + ".value", IncentiveError.REQUIRED));
            return;
        }
        range(at + ".value", v, errors);
        switch (indicator) {
            case VETO -> {
                if (v.signum() > 0) {
                    errors.add(FieldError.of(at + ".value", IncentiveError.VETO_MUST_NOT_EARN, v));
                }
            }
            case PROCESS_PENALTIES, TEN_BEST -> {
                if (v.signum() < 0) {
                    errors.add(FieldError.of(at + ".value", IncentiveError.NEGATIVE_VALUE, v));
                }
            }
            default -> {
            }
        }
    }

    private static void range(String field, BigDecimal v, List<FieldError> errors) {
        if (v.abs().compareTo(LIMIT) > 0) {
            errors.add(FieldError.of(field, IncentiveError.VALUE_OUT_OF_RANGE, v));
        }
        precision(field, v, errors);
    }

    private static void precision(String field, BigDecimal v, List<FieldError> errors) {
        if (v.stripTrailingZeros().scale() > MAX_DECIMALS) {
            errors.add(FieldError.of(field, IncentiveError.VALUE_TOO_PRECISE, v));
        }
    }
}
