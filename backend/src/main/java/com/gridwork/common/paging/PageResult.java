package com.gridwork.common.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list: {@code page} is 0-based, {@code total} counts every match. */
public record PageResult<T>(List<T> items, int page, int size, long total) {
    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
