package cn.kaoping.training.regulation;

/** The kind of a registered document: 法律, 行政法规, 部门规章, 规范性文件. */
public enum RegulationKind {
    LAW("法律"),
    ADMINISTRATIVE_REGULATION("行政法规"),
    DEPARTMENTAL_RULE("部门规章"),
    NORMATIVE_DOCUMENT("规范性文件");

    private final String label;

    RegulationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
