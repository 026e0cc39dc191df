package cn.kaoping.publicity.pages;

import cn.kaoping.publicity.list.UnitEntry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * P5: the units' average deduction as a horizontal bar chart in SVG, drawn on the server (no script, no
 * external asset; prints as it shows). A dashed line marks the bulletin threshold.
 */
public final class BarChart {

    static final int WIDTH = 720;
    static final int LABEL_WIDTH = 180;
    static final int VALUE_WIDTH = 70;
    static final int BAR_HEIGHT = 22;
    static final int GAP = 8;
    static final int TOP = 28;

    private BarChart() {
    }

    public static String render(List<UnitEntry> units, BigDecimal threshold) {
        BigDecimal max = threshold;
        for (UnitEntry unit : units) {
            max = max.max(unit.averageDeduction());
        }
        if (max.signum() == 0) {
            max = BigDecimal.ONE;
        }
        int plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        int height = TOP + units.size() * (BAR_HEIGHT + GAP) + 10;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" aria-labelledby=\"chart-title\">");
        svg.append("<title id=\"chart-title\">各单位平均扣分</title>");
        svg.append("<text x=\"0\" y=\"16\" class=\"chart-caption\">各单位平均扣分（分）</text>");
        int y = TOP;
        for (UnitEntry unit : units) {
            int length = scaled(unit.averageDeduction(), max, plot);
            boolean above = unit.averageDeduction().compareTo(threshold) > 0;
            svg.append("<g class=\"bar").append(above ? " above" : "").append("\">");
            svg.append("<text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + BAR_HEIGHT - 6)
                    .append("\" text-anchor=\"end\" class=\"chart-label\">").append(escape(unit.unitName()))
                    .append("</text>");
            svg.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y).append("\" width=\"")
                    .append(Math.max(length, 1)).append("\" height=\"").append(BAR_HEIGHT).append("\" class=\"chart-bar")
                    .append(above ? " chart-bar-above" : "").append("\"/>");
            svg.append("<text x=\"").append(LABEL_WIDTH + Math.max(length, 1) + 6).append("\" y=\"")
                    .append(y + BAR_HEIGHT - 6).append("\" class=\"chart-value\">").append(unit.averageDeduction())
                    .append("</text>");
            svg.append("</g>");
            y += BAR_HEIGHT + GAP;
        }
        int line = LABEL_WIDTH + scaled(threshold, max, plot);
        svg.append("<line x1=\"").append(line).append("\" y1=\"").append(TOP - 6).append("\" x2=\"").append(line)
                .append("\" y2=\"").append(y).append("\" class=\"chart-threshold\"/>");
        svg.append("<text x=\"").append(line + 4).append("\" y=\"").append(TOP - 10)
                .append("\" class=\"chart-threshold-label\">通报线 ").append(threshold.setScale(2, RoundingMode.HALF_UP))
                .append("</text>");
        svg.append("</svg>");
        return svg.toString();
    }

    private static int scaled(BigDecimal value, BigDecimal max, int plot) {
        return value.multiply(BigDecimal.valueOf(plot)).divide(max, 0, RoundingMode.HALF_UP).intValue();
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
