package cn.kaoping.web.paging;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list (API.md): {@code page} counts from 0, {@code total} is the number of items of every page. */
@Schema(description = "分页结果（page 从 0 开始） / One page of a list (page counts from 0)")
public record Page<T>(List<T> items, long total, int page, int size) {

    public Page {
        items = List.copyOf(items);
    }
}
