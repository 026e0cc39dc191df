package cn.kaoping.incentive.scheme;

import cn.kaoping.web.request.Limits;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Size;
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
public record Term(@Size(max = Limits.CODE) String indicator,
                   @Size(max = Limits.LIST) Map<@Size(max = Limits.CODE) String, BigDecimal> values, BigDecimal value,
                   @Size(max = Limits.TEXT) String description) {
}
