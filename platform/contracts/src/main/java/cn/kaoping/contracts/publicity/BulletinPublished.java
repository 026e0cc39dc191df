package cn.kaoping.contracts.publicity;

/** 执法通报: a bulletin was published as issue 第N期 of its year. Subject: the bulletin id. */
public record BulletinPublished(
        String bulletinId,
        int year,
        int issueNumber,
        String title) implements PublicityEvent {
}
