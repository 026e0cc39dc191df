package cn.kaoping.training.meeting;

/** DRAFT (议程可编辑) until the attendance is recorded, then HELD (已召开). */
public enum MeetingState {
    DRAFT,
    HELD
}
