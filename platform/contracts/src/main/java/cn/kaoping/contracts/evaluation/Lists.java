package cn.kaoping.contracts.evaluation;

import java.util.List;

/** Immutable copies of the lists in event records; a list absent from the JSON reads as empty. */
final class Lists {
    private Lists() {
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
