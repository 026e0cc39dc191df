package cn.kaoping.incentive.projection;

import cn.kaoping.contracts.evaluation.CaseFileClosed;
import cn.kaoping.contracts.evaluation.CaseFilePreReviewed;
import cn.kaoping.contracts.evaluation.CaseFileRegistered;
import cn.kaoping.contracts.evaluation.CaseFileReviewed;
import cn.kaoping.contracts.evaluation.CaseFileSubmitted;
import cn.kaoping.contracts.evaluation.EvaluationEvent;
import cn.kaoping.contracts.evaluation.ObjectionDecided;
import cn.kaoping.contracts.evaluation.ObjectionRaised;
import cn.kaoping.contracts.evaluation.RectificationOverdue;
import cn.kaoping.contracts.evaluation.RulebookVersionPublished;
import cn.kaoping.contracts.evaluation.SubmissionOverdue;
import cn.kaoping.runtime.directory.DirectoryProjection;
import cn.kaoping.runtime.projection.EnvelopeProjection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The read model of incentive-service, fed from the other services' topics: for now the directory of units and officers. */
@ApplicationScoped
public class IncentiveProjection {

    @Produces
    @Singleton
    EnvelopeProjection projection() {
        return EnvelopeProjection.named("incentive-projection")
                .consumes(EvaluationEvent.class)
                .with(DirectoryProjection::declare)
                .ignore(RulebookVersionPublished.class, CaseFileRegistered.class, CaseFilePreReviewed.class,
                        CaseFileSubmitted.class, SubmissionOverdue.class, CaseFileReviewed.class,
                        RectificationOverdue.class, CaseFileClosed.class, ObjectionRaised.class, ObjectionDecided.class)
                .build();
    }
}
