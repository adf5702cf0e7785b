package com.gridwork.volunteer.attendance;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/** The time check-ins are judged by: a bean of its own so that tests can move it (QuarkusMock). */
@ApplicationScoped
public class AttendanceClock {
    public Instant now() {
        return Instant.now();
    }
}
