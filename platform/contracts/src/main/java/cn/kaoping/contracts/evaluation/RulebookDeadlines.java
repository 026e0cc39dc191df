package cn.kaoping.contracts.evaluation;

/**
 * Deadlines as ISO-8601 periods ("P1M", counted in calendar dates of the bureau's time zone: the due date
 * is the last day on time) or durations ("PT30S", counted from the instant of the event; for drills and tests).
 *
 * @param submission        from the closing date (E1)
 * @param rectification     from the round-one review (E5)
 * @param objection         from the card (E9)
 * @param objectionDecision from the objection
 */
public record RulebookDeadlines(String submission, String rectification, String objection, String objectionDecision) {
}
