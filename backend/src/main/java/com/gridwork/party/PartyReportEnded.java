package com.gridwork.party;

/**
 * Fired (CDI, synchronously, inside the transaction) when a member's report stops being live: WITHDRAWN,
 * TRANSFERRED_OUT, EXPIRED or REJECTED. The posts part observes it to end the member's live claims of that report.
 */
public record PartyReportEnded(long reportId, long volunteerId, PartyReportStatus status) {}
