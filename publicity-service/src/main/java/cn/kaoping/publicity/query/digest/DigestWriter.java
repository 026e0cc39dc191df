package cn.kaoping.publicity.query.digest;

import cn.kaoping.publicity.PublicityConfig;
import cn.kaoping.publicity.bulletin.Bulletin;
import cn.kaoping.publicity.commentary.Commentary;
import cn.kaoping.publicity.list.MonthlyList;
import cn.kaoping.publicity.list.OfficerEntry;
import cn.kaoping.publicity.query.bulletins.BulletinQueries;
import cn.kaoping.publicity.query.commentaries.CommentaryQueries;
import cn.kaoping.publicity.query.lists.MonthlyListQueries;
import cn.kaoping.runtime.time.BureauSettings;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * P6: a short plain-text digest of what was published for a month (latest list version with its red cards,
 * bulletins, commentaries), to paste into a messaging group: no markup, short lines, a link to the page.
 */
@ApplicationScoped
public class DigestWriter {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MonthlyListQueries lists;
    private final BulletinQueries bulletins;
    private final CommentaryQueries commentaries;
    private final ZoneId zone;
    private final String baseUrl;

    public DigestWriter(MonthlyListQueries lists, BulletinQueries bulletins, CommentaryQueries commentaries,
                        PublicityConfig config, BureauSettings bureau) {
        this.lists = lists;
        this.bulletins = bulletins;
        this.commentaries = commentaries;
        this.zone = bureau.timeZone();
        this.baseUrl = config.publicBaseUrl().replaceAll("/+$", "");
    }

    /** Empty when nothing of the month is published. */
    public Optional<String> digest(YearMonth month) {
        Optional<MonthlyList> list = lists.latestPublished(month);
        List<Bulletin> monthBulletins = bulletins.publishedFor(month);
        List<Commentary> monthCommentaries = commentaries.publishedFor(month);
        if (list.isEmpty() && monthBulletins.isEmpty() && monthCommentaries.isEmpty()) {
            return Optional.empty();
        }
        String label = month.getYear() + "年" + month.getMonthValue() + "月";
        StringBuilder text = new StringBuilder("【执法质量考评·").append(label).append("】\n");
        if (list.isPresent()) {
            MonthlyList l = list.get();
            text.append("月度执法清单（第").append(l.version()).append("版，")
                    .append(DATE_TIME.format(l.publishedAt().atZone(zone))).append("发布）：考评案卷")
                    .append(l.filesEvaluated()).append("件，总扣分").append(l.totalDeduction()).append("分，平均扣分")
                    .append(l.averageDeduction()).append("分，问题案卷").append(l.problemFiles()).append("件。\n");
            List<OfficerEntry> redCards = l.redCards();
            if (redCards.isEmpty()) {
                text.append("本月无红牌民警（标准：平均扣分高于").append(l.redCardRule().averageAbove()).append("分）。\n");
            } else {
                text.append("红牌民警").append(redCards.size()).append("名（平均扣分高于")
                        .append(l.redCardRule().averageAbove()).append("分）：\n");
                for (OfficerEntry o : redCards) {
                    text.append("· ").append(o.officerName()).append("（").append(o.unitName()).append("）平均扣分")
                            .append(o.averageDeduction()).append("分，考评案卷").append(o.filesEvaluated())
                            .append("件，问题案卷").append(o.problemFiles()).append("件\n");
                }
            }
        } else {
            text.append("月度执法清单尚未发布。\n");
        }
        for (Bulletin b : monthBulletins) {
            text.append("考评通报：").append(b.issueLabel()).append("《").append(b.title()).append("》 ")
                    .append(baseUrl).append("/bulletins/").append(b.bulletinId()).append('\n');
        }
        for (Commentary c : monthCommentaries) {
            text.append("案件点评：《").append(c.title()).append("》");
            if (c.caseNumber() != null) {
                text.append("（案件编号").append(c.caseNumber()).append("）");
            }
            text.append(' ').append(baseUrl).append("/commentaries/").append(c.commentaryId()).append('\n');
        }
        text.append("详见法制网页：").append(baseUrl).append("/monthly-lists/").append(month).append('\n');
        return Optional.of(text.toString());
    }
}
