package cn.kaoping.faults;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one rule (R1-R7) found: the checks it made, each holding or not with its numbers, the figures measured and
 * notes. The rule HOLDS when every check holds (and it made at least one).
 */
final class Verdict {

    /** One thing the rule requires, and what was seen. */
    record Check(String requirement, boolean holds, String seen) {
    }

    private final String id;
    private final String title;
    private final List<Check> checks = new ArrayList<>();
    private final Map<String, Object> figures = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final List<List<String>> table = new ArrayList<>();
    private double seconds;

    Verdict(String id, String title) {
        this.id = id;
        this.title = title;
    }

    Verdict check(String requirement, boolean holds, String seen) {
        checks.add(new Check(requirement, holds, seen));
        return this;
    }

    Verdict figure(String name, Object value) {
        figures.put(name, value);
        return this;
    }

    Verdict note(String note) {
        notes.add(note);
        return this;
    }

    /** A table of results (first row: the header), printed in the report. */
    Verdict row(List<String> cells) {
        table.add(List.copyOf(cells));
        return this;
    }

    void took(double seconds) {
        this.seconds = seconds;
    }

    String id() {
        return id;
    }

    String title() {
        return title;
    }

    boolean holds() {
        return !checks.isEmpty() && checks.stream().allMatch(Check::holds);
    }

    List<Check> checks() {
        return checks;
    }

    Map<String, Object> figures() {
        return figures;
    }

    List<String> notes() {
        return notes;
    }

    List<List<String>> table() {
        return table;
    }

    double seconds() {
        return seconds;
    }
}
