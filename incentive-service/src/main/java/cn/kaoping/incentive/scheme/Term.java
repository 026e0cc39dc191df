package cn.kaoping.incentive.scheme;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.Map;

/**
 * One term of a scheme: the indicator it reads (a name of {@link Indicator}, kept as text so that a forbidden name
 * is recognised and refused rather than merely unparsed) and its figures.
 *
 * @param values      keyed indicators: a figure per key (case kind, grade, classification)
 * @param value       scalar indicators: the one figure
 * @param description what the term means, as people read it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Term(String indicator, Map<String, BigDecimal> values, BigDecimal value, String description) {
}
