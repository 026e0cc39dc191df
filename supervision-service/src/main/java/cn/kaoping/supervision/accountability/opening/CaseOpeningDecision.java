package cn.kaoping.supervision.accountability.opening;

import static cn.kaoping.supervision.SupervisionError.OFFICER_UNKNOWN;
import static cn.kaoping.supervision.SupervisionError.PROPOSAL_NOT_FOUND;
import static cn.kaoping.supervision.SupervisionError.PROPOSAL_OF_OTHER_OFFICER;
import static cn.kaoping.supervision.SupervisionError.PROPOSAL_TAKEN;
import static cn.kaoping.supervision.SupervisionError.REQUIRED;
import static cn.kaoping.supervision.SupervisionError.TEXT_TOO_LONG;

import cn.kaoping.contracts.supervision.AccountabilityCaseOpened;
import cn.kaoping.contracts.supervision.ProposalGround;
import cn.kaoping.domain.DomainException;
import cn.kaoping.supervision.accountability.AccountabilityCase;
import cn.kaoping.supervision.accountability.CaseFacts;
import cn.kaoping.supervision.accountability.CaseState;
import cn.kaoping.supervision.accountability.Opinion;
import cn.kaoping.supervision.accountability.Proposal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * S2: a case opens in DRAFT with an opinion drafted from the facts; 执法不严格 findings are the possible errors,
 * 执法不规范 ones are flaws that Order 138 does not pursue. Nobody is found liable here. Pure.
 */
public final class CaseOpeningDecision {

    static final int MAX_REASON = 2000;

    private CaseOpeningDecision() {
    }

    public record Opened(AccountabilityCase accountabilityCase, AccountabilityCaseOpened event) {
    }

    /**
     * @param officerUnitId the officer's unit as the directory knows it; empty: unknown officer
     * @param proposal      the proposal named, if any and found
     * @param proposalTaken a case was already opened from it
     */
    public static Opened decide(OpenCase command, Optional<String> officerUnitId, Optional<Proposal> proposal,
                                boolean proposalTaken, CaseFacts facts) {
        if (command.officerId() == null || command.officerId().isBlank()) {
            throw DomainException.invalidField(REQUIRED, "officerId");
        }
        if (command.reason() != null && command.reason().length() > MAX_REASON) {
            throw DomainException.invalidField(TEXT_TOO_LONG, "reason", MAX_REASON);
        }
        if (officerUnitId.isEmpty()) {
            throw DomainException.invalidField(OFFICER_UNKNOWN, "officerId", command.officerId());
        }
        List<ProposalGround> grounds = List.of(ProposalGround.MANUAL);
        if (command.proposalId() != null) {
            Proposal p = proposal.orElseThrow(
                    () -> DomainException.invalidField(PROPOSAL_NOT_FOUND, "proposalId", command.proposalId()));
            if (!p.officerId().equals(command.officerId())) {
                throw DomainException.invalidField(PROPOSAL_OF_OTHER_OFFICER, "proposalId", p.proposalId());
            }
            if (proposalTaken) {
                throw DomainException.conflict(PROPOSAL_TAKEN, p.proposalId());
            }
            grounds = List.of(p.ground());
        }
        AccountabilityCase opened = new AccountabilityCase(command.newCaseId(), command.officerId(),
                officerUnitId.get(), command.proposalId(), grounds, command.reason(), CaseState.DRAFT, facts,
                draft(facts, grounds), null, null, null);
        return new Opened(opened, new AccountabilityCaseOpened(opened.caseId(), opened.officerId(), opened.unitId(),
                grounds));
    }

    /** The first draft of the opinion, in Chinese, from the facts alone. */
    static Opinion draft(CaseFacts facts, List<ProposalGround> grounds) {
        StringBuilder findings = new StringBuilder();
        findings.append("经查，").append(facts.unitName()).append("民警").append(facts.officerName());
        if (facts.policeNumber() != null) {
            findings.append("（警号").append(facts.policeNumber()).append("）");
        }
        if (facts.files().isEmpty()) {
            findings.append("：暂无考评案卷事实。");
        } else {
            findings.append("主办的").append(facts.files().size()).append("起案件经执法质量考评共扣")
                    .append(facts.totalDeduction().stripTrailingZeros().toPlainString()).append("分：")
                    .append(facts.files().stream().map(f -> f.caseNumber()
                                    + (f.deadlinesMissed().isEmpty() ? "" : "（" + String.join("；", f.deadlinesMissed()) + "）"))
                            .collect(Collectors.joining("、")))
                    .append("。");
        }
        if (!facts.redCards().isEmpty()) {
            findings.append("该民警于").append(facts.redCards().stream().map(CaseFacts.RedCardFact::month)
                    .collect(Collectors.joining("、"))).append("被挂红牌。");
        }
        String assessment = "执法不严格问题" + facts.errors().size() + "项，可能构成执法过错；执法不规范问题"
                + facts.flaws().size() + "项，属执法瑕疵，不作为执法过错追究。";
        String handling = "拟依据《公安机关人民警察执法过错责任追究规定》提请局党委研究决定（依据："
                + grounds.stream().map(CaseOpeningDecision::groundName).collect(Collectors.joining("、")) + "）。";
        return new Opinion(findings.toString(), assessment, handling, List.of());
    }

    public static String groundName(ProposalGround ground) {
        return switch (ground) {
            case REFUSED_RECTIFICATION -> "拒不整改";
            case REPEATED_RED_CARDS -> "多次被挂红牌";
            case TEN_WORST -> "评为十差案卷";
            case MANUAL -> "法制大队提出";
        };
    }
}
