package cn.kaoping.publicity.query.lists;

import java.time.Instant;
import java.time.YearMonth;

/** A published version of a monthly list, without its rows. */
public record VersionInfo(YearMonth month, int version, Instant publishedAt, String publishedBy) {
}
