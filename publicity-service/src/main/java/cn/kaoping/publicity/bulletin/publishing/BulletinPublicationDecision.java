package cn.kaoping.publicity.bulletin.publishing;

import cn.kaoping.contracts.publicity.BulletinPublished;
import cn.kaoping.publicity.bulletin.Bulletin;
import cn.kaoping.publicity.bulletin.drafting.DraftingDecision;

/**
 * Publishing a bulletin (P3), decided: a draft becomes issue {@code last + 1} of the year, announced by
 * BulletinPublished; a published bulletin is refused (409 BULLETIN_PUBLISHED). Pure.
 */
public final class BulletinPublicationDecision {

    private BulletinPublicationDecision() {
    }

    /** @param lastIssue the year's last issue number, 0 when none */
    public static Issue decide(PublishBulletin command, Bulletin bulletin, int lastIssue) {
        DraftingDecision.requireDraft(bulletin);
        int number = lastIssue + 1;
        return new Issue(command.year(), number,
                new BulletinPublished(bulletin.bulletinId(), command.year(), number, bulletin.title()));
    }

    /** 第{number}期 of {year}, and its event. */
    public record Issue(int year, int number, BulletinPublished event) {
    }
}
