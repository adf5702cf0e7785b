package com.gridwork.volunteer.activity;

import java.util.Set;

/**
 * An activity was cancelled, in the transaction of the cancellation; {@code recipients} are the staff accounts of
 * the volunteers whose live sign-ups it cancelled (notifications observe it).
 */
public record ActivityCancelled(
        long activityId,
        String title,
        String reason,
        long areaId,
        String areaPath,
        long actorId,
        Set<Long> recipients) {}
