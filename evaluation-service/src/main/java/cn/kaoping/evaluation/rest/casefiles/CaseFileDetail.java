package cn.kaoping.evaluation.rest.casefiles;

import cn.kaoping.evaluation.query.casefiles.CaseFileView;
import cn.kaoping.evaluation.query.casefiles.CaseFilesQuery;
import cn.kaoping.evaluation.query.casefiles.HistoryEntry;
import cn.kaoping.evaluation.rest.RequestLanguage;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A case file with its rounds and the history of its events (E8). */
@Schema(description = "案卷详情：状态、期限、各次考评结果、事件历史 / A file: state, deadlines, rounds, history")
public record CaseFileDetail(
        @JsonUnwrapped CaseFileView file,
        @Schema(description = "各次考评结果 / result of each round") List<RoundResult> rounds,
        @Schema(description = "事件历史 / every event, in order") List<HistoryEntry> history) {

    static CaseFileDetail of(CaseFileView file, CaseFilesQuery files) {
        return new CaseFileDetail(file, files.cards(file.id()).stream().map(RoundResult::of).toList(),
                files.history(file.id(), RequestLanguage.englishForCurrentRequest()));
    }
}
