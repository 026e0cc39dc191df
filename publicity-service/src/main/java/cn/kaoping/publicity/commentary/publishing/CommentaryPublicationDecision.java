package cn.kaoping.publicity.commentary.publishing;

import cn.kaoping.contracts.publicity.CommentaryPublished;
import cn.kaoping.domain.DomainException;
import cn.kaoping.publicity.ErrorCode;
import cn.kaoping.publicity.commentary.Commentary;

/** Publishing a commentary (P4), decided: a draft is announced by CommentaryPublished, a published one refused. Pure. */
public final class CommentaryPublicationDecision {

    private CommentaryPublicationDecision() {
    }

    public static CommentaryPublished decide(PublishCommentary command, Commentary commentary) {
        if (commentary.isPublished()) {
            throw DomainException.conflict(ErrorCode.COMMENTARY_PUBLISHED, command.commentaryId());
        }
        return new CommentaryPublished(commentary.commentaryId(), commentary.caseFileId(), commentary.title());
    }
}
