package cn.kaoping.evaluation.support;

import cn.kaoping.contracts.evaluation.CaseKind;
import cn.kaoping.contracts.evaluation.ObjectionDecision;
import cn.kaoping.evaluation.casefile.objecting.DecideObjection;
import cn.kaoping.evaluation.casefile.objecting.RaiseObjection;
import cn.kaoping.evaluation.casefile.prereviewing.PreReviewCaseFile;
import cn.kaoping.evaluation.casefile.registering.RegisterCaseFile;
import cn.kaoping.evaluation.casefile.reviewing.ExpireRectification;
import cn.kaoping.evaluation.casefile.reviewing.ReviewCaseFile;
import cn.kaoping.evaluation.casefile.submitting.SubmitCaseFile;
import cn.kaoping.evaluation.scoring.FindingInput;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * A realistic mix of case files for the 规则试算 tests, driven through the aggregate with explicit instants (so that
 * the evaluation months are those of the given year, and no deadline of theirs falls due while the tests run: their
 * year lies ahead). Every file is scored under the default rulebook (in force 2016–2098 for files closed then).
 */
public final class WhatIfFiles {

    private static final String UNIT = CaseFiles.UNIT;
    private static final String OTHER_UNIT = CaseFiles.OTHER_UNIT;
    private static final String OFFICER = CaseFiles.PRIMARY_OFFICER;
    private static final String OTHER_OFFICER = "officer-lisi";
    private static final String LEGAL = CaseFiles.LEGAL_OFFICER;
    private static final String REVIEWER = CaseFiles.REVIEWER;
    private static final String BRIGADE = CaseFiles.BRIGADE;

    private final CommandGateway commands;
    private final int year;

    public WhatIfFiles(CommandGateway commands, int year) {
        this.commands = commands;
        this.year = year;
    }

    private LocalDate day(int month, int day) {
        return LocalDate.of(year, month, day);
    }

    /** 10:00 in Shanghai on that day. */
    private static Instant at(LocalDate day) {
        return day.atTime(2, 0).toInstant(ZoneOffset.UTC);
    }

    private String register(String unit, String officer, LocalDate closedOn, LocalDate on) {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new RegisterCaseFile(id, "WHATIF-" + UUID.randomUUID(), CaseKind.ADMINISTRATIVE_PENALTY,
                unit, officer, List.of(), closedOn, LEGAL, at(on)));
        return id;
    }

    private void preReview(String id, LocalDate on) {
        commands.sendAndWait(new PreReviewCaseFile(id, List.of(FindingInput.of("EV02", "笔录无见证人")), LEGAL, at(on)));
    }

    private void submit(String id, LocalDate on) {
        commands.sendAndWait(new SubmitCaseFile(id, LEGAL, at(on)));
    }

    private void roundOne(String id, LocalDate on, FindingInput... findings) {
        commands.sendAndWait(ReviewCaseFile.roundOne(id, List.of(findings), REVIEWER, BRIGADE, at(on)));
    }

    private void roundTwo(String id, LocalDate on, List<String> rectified, List<String> unrectified,
                          FindingInput... added) {
        commands.sendAndWait(new ReviewCaseFile(id, List.of(added), rectified, unrectified, REVIEWER, BRIGADE,
                at(on)));
    }

    private void objectionUpheld(String id, String officer, LocalDate on, String... withdrawn) {
        commands.sendAndWait(new RaiseObjection(id, "该扣分项不成立", officer, at(on)));
        commands.sendAndWait(new DecideObjection(id, ObjectionDecision.UPHELD, List.of(withdrawn), "异议成立",
                REVIEWER, BRIGADE, at(on.plusDays(1))));
    }

    private static FindingInput finding(String item) {
        return FindingInput.of(item, "考评意见 " + item);
    }

    private static FindingInput finding(String item, String points) {
        return new FindingInput(item, new BigDecimal(points), "考评意见 " + item);
    }

    /** Pre-reviewed, submitted on time, no findings: closed clean in March. */
    public String clean() {
        String id = register(UNIT, OFFICER, day(3, 1), day(3, 2));
        preReview(id, day(3, 3));
        submit(id, day(3, 4));
        roundOne(id, day(3, 5));
        return id;
    }

    /** No pre-review (NO_PREREVIEW), a veto item (一票否决) rectified in round two, another finding unrectified. */
    public String veto() {
        String id = register(UNIT, OFFICER, day(3, 1), day(3, 2));
        submit(id, day(3, 4));
        roundOne(id, day(3, 5), finding("V01"), finding("EV02"));
        submit(id, day(3, 10));
        roundTwo(id, day(3, 12), List.of("R1-1"), List.of("R1-2"));
        return id;
    }

    /** Round two with unrectified findings (one per occurrence twice, reviewer-given points) and a new finding. */
    public String roundTwoUnrectified() {
        String id = register(UNIT, OTHER_OFFICER, day(3, 1), day(3, 2));
        preReview(id, day(3, 3));
        submit(id, day(3, 4));
        roundOne(id, day(3, 5), finding("EV01", "3"), finding("EV01"), finding("PR01"), finding("DI01", "1.5"));
        submit(id, day(3, 10));
        roundTwo(id, day(3, 12), List.of("R1-3"), List.of("R1-1", "R1-2", "R1-4"), finding("FI01"));
        return id;
    }

    /**
     * Overdue at registration (MISSING, evaluation month February), submitted late (LATE replaces it, and
     * NO_PREREVIEW), a finding, and the rectification deadline passing unresubmitted (round-two card, closed).
     */
    public String lateAndRectificationOverdue() {
        String id = register(UNIT, OFFICER, day(1, 10), day(2, 20));
        submit(id, day(2, 25));
        roundOne(id, day(2, 26), finding("PR02"), finding("DO01"));
        commands.sendAndWait(new ExpireRectification(id, at(day(4, 1))));
        return id;
    }

    /** An objection to the round-one card upheld (one finding withdrawn), then round two with the other unrectified. */
    public String objectionUpheldThenRoundTwo() {
        String id = register(OTHER_UNIT, OTHER_OFFICER, day(3, 1), day(3, 2));
        preReview(id, day(3, 3));
        submit(id, day(3, 4));
        roundOne(id, day(3, 5), finding("CH01"), finding("DO01"));
        objectionUpheld(id, OTHER_OFFICER, day(3, 6), "R1-1");
        submit(id, day(3, 10));
        roundTwo(id, day(3, 12), List.of(), List.of("R1-2"));
        return id;
    }

    /** An objection withdrawing every round-one finding: the file closes without round two. */
    public String objectionWithdrawsAll() {
        String id = register(OTHER_UNIT, OTHER_OFFICER, day(4, 1), day(4, 2));
        preReview(id, day(4, 3));
        submit(id, day(4, 4));
        roundOne(id, day(4, 5), finding("PR03"));
        objectionUpheld(id, OTHER_OFFICER, day(4, 6), "R1-1");
        return id;
    }

    /** An objection to the round-two card withdrawing an unrectified finding. */
    public String objectionToRoundTwo() {
        String id = register(UNIT, OFFICER, day(4, 1), day(4, 2));
        preReview(id, day(4, 3));
        submit(id, day(4, 4));
        roundOne(id, day(4, 5), finding("EV03"), finding("DI02"));
        submit(id, day(4, 10));
        roundTwo(id, day(4, 12), List.of(), List.of("R1-1", "R1-2"));
        objectionUpheld(id, OFFICER, day(4, 13), "R1-1");
        return id;
    }

    /** Never submitted: overdue at registration, MISSING only, evaluation month February, no card. */
    public String missing() {
        return register(UNIT, OFFICER, day(1, 5), day(3, 1));
    }

    /** Of the other unit: a finding at its default points, awaiting rectification (its deadline lies ahead). */
    public String awaitingRectification() {
        String id = register(OTHER_UNIT, OTHER_OFFICER, day(3, 1), day(3, 2));
        preReview(id, day(3, 3));
        submit(id, day(3, 4));
        roundOne(id, day(3, 5), finding("EV02"));
        return id;
    }

    /** One file of each kind above; returns their ids. */
    public List<String> mix() {
        return List.of(clean(), veto(), roundTwoUnrectified(), lateAndRectificationOverdue(),
                objectionUpheldThenRoundTwo(), objectionWithdrawsAll(), objectionToRoundTwo(), missing(),
                awaitingRectification());
    }
}
