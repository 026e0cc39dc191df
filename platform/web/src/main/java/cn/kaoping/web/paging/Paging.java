package cn.kaoping.web.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging parameters of every list (API.md), as a {@code @BeanParam}: {@code page} from 0, {@code size} 50 by
 * default, at most 500. Queries page in SQL ({@link #offset()}, {@link #limit()}); nothing pages in memory.
 */
public class Paging {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;
    /** So that an offset always fits an int. */
    public static final int MAX_PAGE = 1_000_000;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(MAX_PAGE)
    @Parameter(description = "页码，从 0 开始 / page number, from 0")
    int page;

    @QueryParam("size")
    @DefaultValue("" + DEFAULT_SIZE)
    @Min(1)
    @Max(MAX_SIZE)
    @Parameter(description = "每页条数，默认 50，最多 500 / page size, 50 by default, at most 500")
    int size;

    /** For JAX-RS. */
    public Paging() {
    }

    /** A page outside a request (tests, internal callers); bounds as for a request. */
    public static Paging of(int page, int size) {
        if (page < 0 || page > MAX_PAGE || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page " + page + ", size " + size);
        }
        Paging paging = new Paging();
        paging.page = page;
        paging.size = size;
        return paging;
    }

    public int page() {
        return page;
    }

    public int size() {
        return size;
    }

    public int offset() {
        return page * size;
    }

    public int limit() {
        return size;
    }

    public <T> Page<T> page(List<T> items, LongSupplier total) {
        return new Page<>(items, total.getAsLong(), page, size);
    }
}
