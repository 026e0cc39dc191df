package cn.kaoping.training.rotation.recording;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One rotation-training record as entered (or read from a row of a sheet). */
public record RecordTraining(String officerId, String course, LocalDate startsOn, LocalDate endsOn, BigDecimal days) {
}
