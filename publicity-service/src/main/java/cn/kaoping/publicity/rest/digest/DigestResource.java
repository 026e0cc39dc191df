package cn.kaoping.publicity.rest.digest;

import cn.kaoping.publicity.query.digest.DigestWriter;
import cn.kaoping.publicity.rest.MonthParam;
import cn.kaoping.web.problem.NotFoundException;
import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import java.time.YearMonth;

/** P6: the plain-text digest of a month's publications, for every signed-in role. */
@Path("/api/v1/digests/{month}")
@Authenticated
public class DigestResource {

    public static final String TEXT = "text/plain;charset=UTF-8";

    private final DigestWriter writer;

    public DigestResource(DigestWriter writer) {
        this.writer = writer;
    }

    @GET
    @Produces(TEXT)
    public String get(@PathParam("month") @Pattern(regexp = MonthParam.PATTERN) String month) {
        return writer.digest(YearMonth.parse(month))
                .orElseThrow(() -> new NotFoundException("digest.nothingPublished", month));
    }
}
