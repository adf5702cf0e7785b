package com.gridwork.volunteer.certificate;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Minutes shown as hours (the unit of the certificate and of the national system), to two decimals. */
public final class ServiceHours {
    private ServiceHours() {}

    /** 90 minutes: 1.50 (a table column). */
    public static BigDecimal of(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }

    /** 90 minutes: "1.5"; 60: "1"; 20: "0.33" (running text). */
    public static String text(long minutes) {
        BigDecimal hours = of(minutes).stripTrailingZeros();
        return hours.scale() < 0 ? hours.setScale(0).toPlainString() : hours.toPlainString();
    }
}
