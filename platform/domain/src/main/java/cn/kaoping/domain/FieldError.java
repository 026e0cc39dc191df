package cn.kaoping.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** What is wrong with one field of the input: {@code field} is a path such as {@code findings[2].points}. */
public record FieldError(String field, ErrorCode code, List<Object> args) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        // args may hold nulls (a missing value echoed back), so no List.copyOf
        args = args == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(args));
    }

    public static FieldError of(String field, ErrorCode code, Object... args) {
        return new FieldError(field, code, Arrays.asList(args));
    }

    @Override
    public String toString() {
        return field + ": " + code.name() + (args.isEmpty() ? "" : " " + args);
    }
}
