package com.gridwork.common.crypto;

import jakarta.persistence.Embeddable;

/**
 * A personal value as stored (ID card or phone number): ciphertext, blind index for exact search and uniqueness,
 * and the masked form that responses show. Entities map it onto their own columns.
 */
@Embeddable
public record SealedValue(String encrypted, String hash, String masked) {}
