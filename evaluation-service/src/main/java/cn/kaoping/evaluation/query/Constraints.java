package cn.kaoping.evaluation.query;

/** The unique constraints of the read models (V2, V3) that guard business keys against racing requests. */
public final class Constraints {

    public static final String UNIT_CODE = "units_code_unique";
    public static final String POLICE_NUMBER = "officers_police_number_unique";
    public static final String CASE_NUMBER = "case_files_case_number_unique";

    private Constraints() {
    }
}
