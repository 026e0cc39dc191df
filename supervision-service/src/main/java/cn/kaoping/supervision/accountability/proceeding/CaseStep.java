package cn.kaoping.supervision.accountability.proceeding;

import cn.kaoping.contracts.Actor;
import cn.kaoping.contracts.supervision.RevisionKind;
import cn.kaoping.supervision.accountability.Opinion;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The steps of an accountability case after it opens (S2); each carries its actor, instant and bureau date. */
public sealed interface CaseStep {

    String caseId();

    Actor actor();

    Instant at();

    LocalDate today();

    /** The brigade edits the draft opinion. */
    record EditOpinion(String caseId, Opinion opinion, Actor actor, Instant at, LocalDate today) implements CaseStep {
    }

    /** 送达: the opinion is issued and the officer notified; his statement period starts. */
    record Issue(String caseId, Actor actor, Instant at, LocalDate today) implements CaseStep {
    }

    /** 陈述申辩 by the officer himself. */
    record State(String caseId, String text, Actor actor, Instant at, LocalDate today) implements CaseStep {
    }

    /** The statement period ({@code dueOn}) passed: waived. */
    record Waive(String caseId, LocalDate dueOn, Actor actor, Instant at, LocalDate today) implements CaseStep {
    }

    /** 提交局党委. */
    record Submit(String caseId, Actor actor, Instant at, LocalDate today) implements CaseStep {
    }

    /** 局党委决定 (LEADERSHIP). */
    record Decide(String caseId, LocalDate decidedOn, String batch, Outcome outcome, List<String> forms, String grounds,
                  String note, Actor actor, Instant at, LocalDate today) implements CaseStep {
    }

    /** 复核 / 申诉 outcome: a new outcome, the decision stays on record. */
    record Revise(String caseId, RevisionKind kind, LocalDate decidedOn, Outcome outcome, List<String> forms,
                  String grounds, String note, Actor actor, Instant at, LocalDate today) implements CaseStep {
    }

    enum Outcome {
        LIABLE,
        NOT_LIABLE
    }
}
