package cn.kaoping.faults;

import cn.kaoping.contracts.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** report.md (for people) and report.json (for tools) of one run: every rule, HOLDS or FAILS, with its figures. */
final class Report {

    private final Map<String, String> run = new LinkedHashMap<>();
    private final List<Verdict> verdicts = new ArrayList<>();

    void run(String key, String value) {
        run.put(key, value);
    }

    void add(Verdict verdict) {
        verdicts.add(verdict);
    }

    List<Verdict> verdicts() {
        return verdicts;
    }

    boolean allHold() {
        return !verdicts.isEmpty() && verdicts.stream().allMatch(Verdict::holds);
    }

    void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("report.md"), markdown(), StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("report.json"),
                Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json()), StandardCharsets.UTF_8);
    }

    String markdown() {
        StringBuilder md = new StringBuilder("# Kaoping fault suite (issue #11)\n\n");
        run.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
        md.append("\n| rule | fault | verdict | took |\n|---|---|---|---|\n");
        for (Verdict v : verdicts) {
            md.append("| ").append(v.id()).append(" | ").append(v.title()).append(" | ")
                    .append(v.holds() ? "HOLDS" : "**FAILS**").append(" | ")
                    .append(String.format("%.0f s", v.seconds())).append(" |\n");
        }
        for (Verdict v : verdicts) {
            md.append("\n## ").append(v.id()).append(" ").append(v.title()).append(": ")
                    .append(v.holds() ? "HOLDS" : "FAILS").append("\n\n");
            md.append("| must hold | seen | |\n|---|---|---|\n");
            for (Verdict.Check c : v.checks()) {
                md.append("| ").append(cell(c.requirement())).append(" | ").append(cell(c.seen())).append(" | ")
                        .append(c.holds() ? "holds" : "**fails**").append(" |\n");
            }
            if (!v.figures().isEmpty()) {
                md.append("\nFigures:\n\n");
                v.figures().forEach((k, val) -> md.append("- ").append(k).append(": ").append(val).append('\n'));
            }
            if (!v.table().isEmpty()) {
                md.append('\n');
                List<String> header = v.table().get(0);
                md.append("| ").append(String.join(" | ", header.stream().map(Report::cell).toList())).append(" |\n|");
                md.append("---|".repeat(header.size())).append('\n');
                for (List<String> row : v.table().subList(1, v.table().size())) {
                    md.append("| ").append(String.join(" | ", row.stream().map(Report::cell).toList())).append(" |\n");
                }
            }
            if (!v.notes().isEmpty()) {
                md.append('\n');
                v.notes().forEach(n -> md.append("- ").append(n).append('\n'));
            }
        }
        return md.toString();
    }

    private Map<String, Object> json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("run", run);
        root.put("allHold", allHold());
        List<Map<String, Object>> rules = new ArrayList<>();
        for (Verdict v : verdicts) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", v.id());
            r.put("fault", v.title());
            r.put("verdict", v.holds() ? "HOLDS" : "FAILS");
            r.put("seconds", Math.round(v.seconds() * 10) / 10.0);
            r.put("checks", v.checks());
            r.put("figures", v.figures());
            r.put("table", v.table());
            r.put("notes", v.notes());
            rules.add(r);
        }
        root.put("rules", rules);
        return root;
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }
}
