package cn.kaoping.publicity.rest;

/** The format of a month in paths: {@code 2017-05}. */
public final class MonthParam {

    public static final String PATTERN = "\\d{4}-(0[1-9]|1[0-2])";

    private MonthParam() {
    }
}
