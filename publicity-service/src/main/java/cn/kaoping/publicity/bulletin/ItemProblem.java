package cn.kaoping.publicity.bulletin;

/**
 * A problem named in a bulletin: a rulebook item (code and text) or a process penalty (LATE, MISSING,
 * NO_PREREVIEW), how often it was found in the unit's files of the month, and in how many files.
 */
public record ItemProblem(String code, String text, int occurrences, int files) {
}
