package cn.kaoping.publicity.list.publishing;

import cn.kaoping.contracts.publicity.MonthlyListPublished;
import cn.kaoping.contracts.publicity.RedCardIssued;
import cn.kaoping.domain.DomainException;
import cn.kaoping.publicity.ErrorCode;
import cn.kaoping.publicity.list.MonthlyList;
import cn.kaoping.publicity.list.OfficerEntry;
import cn.kaoping.publicity.list.ProblemFile;
import java.util.List;

/**
 * Publishing a monthly list (P1, P2), decided: the live list becomes version {@code last + 1} as it stands, with
 * the red cards its red-card rule gave; MonthlyListPublished announces it, one RedCardIssued names each red-carded
 * officer. A month in which no file counts has nothing to publish. Pure.
 */
public final class PublicationDecision {

    private PublicationDecision() {
    }

    /**
     * @param live        the month's live list now
     * @param lastVersion the month's latest published version, 0 when none
     */
    public static Publication decide(PublishMonthlyList command, MonthlyList live, int lastVersion) {
        if (live.officers().isEmpty()) {
            throw DomainException.conflict(ErrorCode.MONTHLY_LIST_EMPTY, command.month().toString());
        }
        int version = lastVersion + 1;
        MonthlyList frozen = new MonthlyList(command.month(), version, command.at(), command.actor().id(),
                live.redCardRule(), live.officers(), live.units());
        List<OfficerEntry> redCards = frozen.redCards();
        MonthlyListPublished published = new MonthlyListPublished(command.month(), version, command.at(),
                frozen.officers().size(), frozen.units().size(), redCards.stream().map(OfficerEntry::officerId).toList());
        List<RedCardIssued> issued = redCards.stream().map(officer -> new RedCardIssued(command.month(), version,
                officer.officerId(), officer.officerName(), officer.unitId(), officer.averageDeduction(),
                officer.filesEvaluated(), officer.problemFileList().stream().map(ProblemFile::caseFileId).toList()))
                .toList();
        return new Publication(frozen, published, issued);
    }

    /** The frozen version and the events that announce it. */
    public record Publication(MonthlyList list, MonthlyListPublished published, List<RedCardIssued> redCards) {
    }
}
