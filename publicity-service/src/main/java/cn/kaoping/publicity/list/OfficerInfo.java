package cn.kaoping.publicity.list;

/** An officer as registered in evaluation-service. */
public record OfficerInfo(String officerId, String policeNumber, String name, String unitId) {
}
