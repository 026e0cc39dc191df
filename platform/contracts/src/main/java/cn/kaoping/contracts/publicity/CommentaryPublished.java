package cn.kaoping.contracts.publicity;

/** 案件点评: a commentary on a case file was published. Subject: the commentary id. */
public record CommentaryPublished(
        String commentaryId,
        String caseFileId,
        String title) implements PublicityEvent {
}
