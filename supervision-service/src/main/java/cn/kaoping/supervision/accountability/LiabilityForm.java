package cn.kaoping.supervision.accountability;

/** A form of liability a decision may name (追责方式); {@code track}: ORDER_138 (其他处理) or DISCIPLINARY (处分). */
public record LiabilityForm(String code, String name, String track) {
}
