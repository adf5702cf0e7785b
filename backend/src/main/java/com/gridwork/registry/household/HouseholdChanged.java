package com.gridwork.registry.household;

/**
 * Fired (synchronously, inside the change's transaction) whenever something happened to a household or one of its
 * members: moved out, tags edited, a member's tags edited or a member left. Observers that derive state from the
 * registry (visit obligations) bring it up to date before the transaction commits.
 */
public record HouseholdChanged(long householdId) {}
