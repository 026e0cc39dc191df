package cn.kaoping.evaluation.rest;

import cn.kaoping.domain.FieldError;
import cn.kaoping.evaluation.domain.ErrorCode;
import cn.kaoping.evaluation.domain.Refusals;
import java.util.ArrayList;
import java.util.List;

/** Checks of JSON arrays before they become commands (whose records refuse null elements). */
public final class Lists {

    private Lists() {
    }

    /** 400 REQUIRED for each null element, at {@code field[i]}. */
    public static void requireNoNulls(String field, List<?> values) {
        if (values == null) {
            return;
        }
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                errors.add(FieldError.of(field + "[" + i + "]", ErrorCode.REQUIRED));
            }
        }
        if (!errors.isEmpty()) {
            throw Refusals.invalid(errors);
        }
    }
}
