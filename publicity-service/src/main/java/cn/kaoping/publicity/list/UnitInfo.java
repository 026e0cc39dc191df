package cn.kaoping.publicity.list;

/** A unit as registered in evaluation-service. */
public record UnitInfo(String unitId, String code, String name) {
}
