package cn.kaoping.web.paging;

import cn.kaoping.web.problem.ValidationException;
import cn.kaoping.web.request.QueryParams;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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

    // Read as text: JAX-RS answers 404 to a parameter it cannot convert, where the caller deserves a 400 naming it.
    @QueryParam("page")
    @Parameter(description = "页码，从 0 开始 / page number, from 0", schema = @Schema(type = SchemaType.INTEGER,
            minimum = "0", maximum = "" + MAX_PAGE, defaultValue = "0"))
    String pageParam;

    @QueryParam("size")
    @Parameter(description = "每页条数，默认 50，最多 500 / page size, 50 by default, at most 500",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "" + MAX_SIZE, defaultValue = "50"))
    String sizeParam;

    private Integer page;
    private Integer size;

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

    /** 400 naming the parameter when it is not an integer within its bounds. */
    public int page() {
        if (page == null) {
            page = bounded("page", pageParam, 0, 0, MAX_PAGE);
        }
        return page;
    }

    public int size() {
        if (size == null) {
            size = bounded("size", sizeParam, DEFAULT_SIZE, 1, MAX_SIZE);
        }
        return size;
    }

    private static int bounded(String name, String text, int absent, int min, int max) {
        Integer value = QueryParams.integer(name, text);
        if (value == null) {
            return absent;
        }
        if (value < min || value > max) {
            throw ValidationException.field(name, "query.outOfRange", text.strip(), min, max);
        }
        return value;
    }

    public int offset() {
        return page() * size();
    }

    public int limit() {
        return size();
    }

    public <T> Page<T> page(List<T> items, LongSupplier total) {
        return new Page<>(items, total.getAsLong(), page(), size());
    }
}
