package com.gridwork.common.http;

import jakarta.enterprise.context.RequestScoped;

import java.time.Instant;

/**
 * The time the caller's device says it recorded this write (header {@value #HEADER}; the phone's outbox sends the
 * moment the worker pressed "save", which may be hours before the request arrives). Stored beside the server's own
 * time and shown to the office; never used by a rule: deadlines, windows and counting keep the server clock, since a
 * device's clock is whatever its owner set. {@link DeviceTimeHeader} reads it for the operations that document it.
 */
@RequestScoped
public class DeviceTime {
    public static final String HEADER = "Device-Recorded-At";

    private Instant recordedAt;

    /** The device's time of this request's write, or null when it sent none. */
    public Instant recordedAt() {
        return recordedAt;
    }

    void set(Instant recordedAt) {
        this.recordedAt = recordedAt;
    }
}
