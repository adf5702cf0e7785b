package com.gridwork.dev.bench;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;

/** What the scaled bench tests share: a scalar query, and the medians of an endpoint and its ceiling. */
final class BenchProbe {
    interface Request {
        void send() throws Exception;
    }

    /** Median milliseconds of the endpoint (0 without one) and of its ceiling. */
    record Medians(double endpoint, double ceiling) {}

    private BenchProbe() {}

    /** The first column of the first row. */
    static long count(DataSource dataSource, String sql, Object... params) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The median of 15 requests of the endpoint (null: none) and of its ceiling, after 5 of each to warm up. */
    static Medians medians(DataSource dataSource, Request endpoint, Ceiling.Op ceiling) throws Exception {
        long[] requests = new long[15];
        long[] sql = new long[15];
        try (Connection c = dataSource.getConnection()) {
            for (int i = -5; i < 15; i++) {
                long t0 = System.nanoTime();
                if (endpoint != null) {
                    endpoint.send();
                }
                long t1 = System.nanoTime();
                ceiling.run(c);
                long t2 = System.nanoTime();
                if (i >= 0) {
                    requests[i] = t1 - t0;
                    sql[i] = t2 - t1;
                }
            }
        }
        Arrays.sort(requests);
        Arrays.sort(sql);
        return new Medians(requests[7] / 1e6, sql[7] / 1e6);
    }
}
