package cn.kaoping.publicity.query.lists;

import cn.kaoping.publicity.list.MonthlyList;

/**
 * What a caller is shown of a monthly list: {@code list.officers()} is one page of the officers of his scope,
 * {@code total} how many officers the scope holds in all, {@code redCards} how many of them are red-carded;
 * {@code list.units()} the units of the scope, complete.
 */
public record ListSlice(MonthlyList list, long total, int redCards) {
}
