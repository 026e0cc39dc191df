package cn.kaoping.publicity.api;

import java.util.List;

/** API.md: lists are paged ({@code page} from 0, {@code size} default 50, at most 500). */
public final class Paging {

    public static final String DEFAULT_SIZE = "50";
    public static final int MAX_SIZE = 500;

    private Paging() {
    }

    public static <T> List<T> page(List<T> all, int page, int size) {
        long from = (long) page * size;
        if (from >= all.size()) {
            return List.of();
        }
        return all.subList((int) from, (int) Math.min(all.size(), from + size));
    }
}
