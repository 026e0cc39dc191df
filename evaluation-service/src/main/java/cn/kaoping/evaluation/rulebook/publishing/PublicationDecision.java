package cn.kaoping.evaluation.rulebook.publishing;

import cn.kaoping.contracts.evaluation.EvaluationEvent;
import cn.kaoping.contracts.evaluation.RulebookVersionPublished;
import cn.kaoping.domain.DomainException;
import cn.kaoping.evaluation.domain.ErrorCode;
import cn.kaoping.evaluation.rulebook.Rulebook;
import java.util.List;

/**
 * 细则发布 (E7): only valid content is published (400 RULEBOOK_INVALID with every field error), once per version id
 * (409 RULEBOOK_VERSION_EXISTS): a correction is a new version.
 */
public final class PublicationDecision {

    private PublicationDecision() {
    }

    /** @param alreadyPublished whether the catalog holds a version of the command's version id */
    public static List<EvaluationEvent> decide(PublishRulebookVersion command, boolean alreadyPublished) {
        Rulebook rulebook = Rulebook.of(command.rulebook());
        if (alreadyPublished) {
            throw DomainException.conflict(ErrorCode.RULEBOOK_VERSION_EXISTS, rulebook.versionId());
        }
        return List.of(new RulebookVersionPublished(rulebook.versionId(), command.rulebook(), command.actorId(),
                command.at()));
    }
}
