package com.gridwork.access;

import java.util.Optional;

/**
 * Reads the caller behind a token's user name from where accounts are kept. The staff feature implements it, so that
 * access depends on no feature; {@link CallerLoader} caches what it reads.
 */
public interface CallerQuery {
    /** The enabled account with this user name and its scope areas ({@link Caller#of}); empty when there is none. */
    Optional<Caller> enabledAccount(String username);
}
