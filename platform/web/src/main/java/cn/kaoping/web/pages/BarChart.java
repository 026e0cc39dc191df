package cn.kaoping.web.pages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A horizontal bar chart in SVG, drawn on the server for the services' pages (no script, no external asset; prints
 * as it shows): units' average deduction on the legal web page, units' funding on the allocation page. An optional
 * dashed line marks a threshold; bars beyond it are drawn as "above".
 */
public final class BarChart {

    static final int WIDTH = 720;
    static final int LABEL_WIDTH = 180;
    static final int VALUE_WIDTH = 110;
    static final int BAR_HEIGHT = 22;
    static final int GAP = 8;
    static final int TOP = 28;

    /** One bar: its label and its value, shown as {@code valueText} (e.g. "1234.56"). */
    public record Bar(String label, BigDecimal value, String valueText) {

        public Bar(String label, BigDecimal value) {
            this(label, value, value.toPlainString());
        }
    }

    /** A threshold line and its label ("通报线"). */
    public record Threshold(BigDecimal value, String label) {
    }

    private BarChart() {
    }

    /**
     * @param title     the chart's accessible title ("各单位平均扣分")
     * @param caption   the caption above it ("各单位平均扣分（分）")
     * @param threshold a line to draw, or null
     */
    public static String render(String title, String caption, List<Bar> bars, Threshold threshold) {
        BigDecimal max = threshold == null ? BigDecimal.ZERO : threshold.value();
        for (Bar bar : bars) {
            max = max.max(bar.value());
        }
        if (max.signum() == 0) {
            max = BigDecimal.ONE;
        }
        int plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        int height = TOP + bars.size() * (BAR_HEIGHT + GAP) + 10;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" aria-labelledby=\"chart-title\">");
        svg.append("<title id=\"chart-title\">").append(escape(title)).append("</title>");
        svg.append("<text x=\"0\" y=\"16\" class=\"chart-caption\">").append(escape(caption)).append("</text>");
        int y = TOP;
        for (Bar bar : bars) {
            int length = scaled(bar.value(), max, plot);
            boolean above = threshold != null && bar.value().compareTo(threshold.value()) > 0;
            svg.append("<g class=\"bar").append(above ? " above" : "").append("\">");
            svg.append("<text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + BAR_HEIGHT - 6)
                    .append("\" text-anchor=\"end\" class=\"chart-label\">").append(escape(bar.label()))
                    .append("</text>");
            svg.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y).append("\" width=\"")
                    .append(Math.max(length, 1)).append("\" height=\"").append(BAR_HEIGHT).append("\" class=\"chart-bar")
                    .append(above ? " chart-bar-above" : "").append("\"/>");
            svg.append("<text x=\"").append(LABEL_WIDTH + Math.max(length, 1) + 6).append("\" y=\"")
                    .append(y + BAR_HEIGHT - 6).append("\" class=\"chart-value\">").append(escape(bar.valueText()))
                    .append("</text>");
            svg.append("</g>");
            y += BAR_HEIGHT + GAP;
        }
        if (threshold != null) {
            int line = LABEL_WIDTH + scaled(threshold.value(), max, plot);
            svg.append("<line x1=\"").append(line).append("\" y1=\"").append(TOP - 6).append("\" x2=\"").append(line)
                    .append("\" y2=\"").append(y).append("\" class=\"chart-threshold\"/>");
            svg.append("<text x=\"").append(line + 4).append("\" y=\"").append(TOP - 10)
                    .append("\" class=\"chart-threshold-label\">").append(escape(threshold.label())).append(' ')
                    .append(threshold.value().setScale(2, RoundingMode.HALF_UP)).append("</text>");
        }
        svg.append("</svg>");
        return svg.toString();
    }

    private static int scaled(BigDecimal value, BigDecimal max, int plot) {
        return value.multiply(BigDecimal.valueOf(plot)).divide(max, 0, RoundingMode.HALF_UP).intValue();
    }

    /** Text for HTML or SVG. */
    public static String escape(String text) {
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
