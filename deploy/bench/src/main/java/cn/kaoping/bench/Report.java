package cn.kaoping.bench;

import cn.kaoping.contracts.Json;
import cn.kaoping.web.pages.BarChart;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report: every figure beside the baseline measured in the same run on the same servers, and their ratio (what
 * means something on a shared machine); absolute figures are stated as such. Written as report.md, report.json and
 * ratios.svg.
 */
final class Report {

    /** One measured figure; {@code baseline} null for absolute ones. */
    record Figure(String id, String what, double value, String unit, String baseline, Double baselineValue,
                  String floor) {

        Double ratio() {
            return baselineValue == null || baselineValue == 0 ? null : value / baselineValue;
        }
    }

    private final Map<String, String> machine = new LinkedHashMap<>();
    private final List<Figure> figures = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void machine(String key, String value) {
        machine.put(key, value);
    }

    void add(Figure figure) {
        figures.add(figure);
        System.out.println("  " + line(figure));
    }

    void note(String note) {
        notes.add(note);
    }

    void write(Path folder) throws IOException {
        Files.createDirectories(folder);
        StringBuilder md = new StringBuilder("# Kaoping benchmark report\n\n## Machine and versions\n\n");
        machine.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
        md.append("\n## Figures (ratios to baselines measured in the same run)\n\n")
                .append("| id | measure | value | baseline | baseline value | ratio | floor |\n|---|---|---|---|---|---|---|\n");
        for (Figure f : figures) {
            md.append("| ").append(f.id()).append(" | ").append(f.what()).append(" | ").append(num(f.value())).append(' ')
                    .append(f.unit()).append(" | ").append(f.baseline() == null ? "— (absolute)" : f.baseline())
                    .append(" | ").append(f.baselineValue() == null ? "" : num(f.baselineValue()) + " " + f.unit())
                    .append(" | ").append(f.ratio() == null ? "" : percent(f.ratio())).append(" | ")
                    .append(f.floor() == null ? "" : f.floor()).append(" |\n");
        }
        if (!notes.isEmpty()) {
            md.append("\n## Notes\n\n");
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        md.append("\n![ratios](ratios.svg)\n");
        Files.writeString(folder.resolve("report.md"), md);

        ObjectNode json = Json.mapper().createObjectNode();
        ObjectNode machineNode = json.putObject("machine");
        machine.forEach(machineNode::put);
        ArrayNode list = json.putArray("figures");
        for (Figure f : figures) {
            ObjectNode node = list.addObject().put("id", f.id()).put("what", f.what()).put("value", f.value())
                    .put("unit", f.unit());
            if (f.baseline() != null) {
                node.put("baseline", f.baseline()).put("baselineValue", f.baselineValue());
                if (f.ratio() != null) {
                    node.put("ratio", f.ratio());
                }
            }
            if (f.floor() != null) {
                node.put("floor", f.floor());
            }
        }
        notes.forEach(json.putArray("notes")::add);
        Files.writeString(folder.resolve("report.json"), Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json));

        List<BarChart.Bar> bars = figures.stream().filter(f -> f.ratio() != null)
                .map(f -> new BarChart.Bar(f.id() + " " + f.what(), BigDecimal.valueOf(f.ratio() * 100)
                        .setScale(1, RoundingMode.HALF_UP), percent(f.ratio())))
                .toList();
        Files.writeString(folder.resolve("ratios.svg"), BarChart.render("Ratio to the baseline of the same run",
                "figure / baseline (%)", bars, new BarChart.Threshold(BigDecimal.valueOf(100), "baseline")));
    }

    private static String line(Figure f) {
        return f.id() + " " + f.what() + ": " + num(f.value()) + " " + f.unit()
                + (f.ratio() == null ? "" : "  (" + percent(f.ratio()) + " of " + f.baseline() + " " + num(f.baselineValue()) + ")");
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, v >= 100 ? "%.0f" : "%.2f", v);
    }

    private static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.1f %%", ratio * 100);
    }
}
