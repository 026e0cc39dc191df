package cn.kaoping.publicity.rest.digest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
@Tag(name = "公示摘要 Digests")
@Path("/api/v1/digests/{month}")
@Authenticated
public class DigestResource {

    public static final String TEXT = "text/plain;charset=UTF-8";

    private final DigestWriter writer;

    public DigestResource(DigestWriter writer) {
        this.writer = writer;
    }

    @Operation(operationId = "getMonthlyDigest", summary = "月度公示摘要 / The month's digest",
            description = "当月发布内容的纯文本摘要，供所有登录角色转发。 / The plain-text digest of a month's publications.")
    @GET
    @Produces(TEXT)
    public String get(@PathParam("month") @Pattern(regexp = MonthParam.PATTERN) String month) {
        return writer.digest(YearMonth.parse(month))
                .orElseThrow(() -> new NotFoundException("digest.nothingPublished", month));
    }
}
