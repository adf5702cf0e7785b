package com.gridwork.common.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The platform's one civil time zone: days, months and periods are Beijing's, whatever the server's zone. */
public final class BeijingTime {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private BeijingTime() {}

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public static LocalDate dayOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }
}
