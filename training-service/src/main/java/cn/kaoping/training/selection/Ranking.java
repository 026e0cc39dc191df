package cn.kaoping.training.selection;

import java.util.Comparator;
import java.util.List;

/**
 * T2: how the candidates are ranked. Best: no veto and grade 优秀, highest final score first, then fewer findings.
 * Worst: any deduction, veto files first, then lowest final score, then more findings. Ties by case number.
 */
public final class Ranking {

    private static final Comparator<Candidate> BY_NUMBER = Comparator.comparing(Candidate::caseNumber,
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Candidate::caseFileId);

    private Ranking() {
    }

    public static List<Candidate> best(List<Candidate> files) {
        return files.stream().filter(Candidate::mayBeBest)
                .sorted(Comparator.comparing(Candidate::finalScore).reversed()
                        .thenComparingInt(Candidate::findings).thenComparing(BY_NUMBER))
                .toList();
    }

    public static List<Candidate> worst(List<Candidate> files) {
        return files.stream().filter(Candidate::mayBeWorst)
                .sorted(Comparator.comparing(Candidate::veto).reversed()
                        .thenComparing(Candidate::finalScore)
                        .thenComparing(Comparator.comparingInt(Candidate::findings).reversed())
                        .thenComparing(BY_NUMBER))
                .toList();
    }
}
