package com.gridwork.issue.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IssueStatsDurationsTest {

    private static IssueStatsService.Durations hours(long... hours) {
        IssueStatsService.Durations d = new IssueStatsService.Durations();
        for (long h : hours) {
            d.add(h * 3600);
        }
        return d;
    }

    @Test
    void theNinetiethPercentileIsTheNearestRank() {
        assertThat(new IssueStatsService.Durations().p90Hours()).isNull();
        assertThat(hours(5).p90Hours()).isEqualTo(5.0);
        // unsorted input; rank ceil(0.9 × 10) = 9
        assertThat(hours(10, 1, 9, 2, 8, 3, 7, 4, 6, 5).p90Hours()).isEqualTo(9.0);
        // rank ceil(0.9 × 11) = 10
        assertThat(hours(11, 1, 9, 2, 8, 3, 7, 4, 6, 5, 10).p90Hours()).isEqualTo(10.0);
    }

    @Test
    void breakdownsMergeEveryValueAndKeepTheirOwn() {
        IssueStatsService.Durations total = hours(1, 2, 3);
        IssueStatsService.Durations grid = hours(40, 50, 60, 70, 80, 90, 100);
        total.addAll(grid);
        total.addAll(new IssueStatsService.Durations());
        // 1, 2, 3, 40 ... 100: rank ceil(0.9 × 10) = 9 → 90
        assertThat(total.p90Hours()).isEqualTo(90.0);
        assertThat(grid.p90Hours()).isEqualTo(100.0);
        assertThat(hours(1, 2, 3).p90Hours()).isEqualTo(3.0);
    }
}
