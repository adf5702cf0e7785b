package com.gridwork.common.crypto;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Encryption at rest for personal data (ID card and phone numbers, PIPL): AES-256-GCM with a random nonce per
 * value, and a keyed hash (HMAC-SHA256, a separate key) beside it so that exact search and uniqueness work without
 * decrypting. Keys come from configuration only; production has no default and refuses to start without them.
 */
@ApplicationScoped
public class PersonalDataCipher {
    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    @ConfigProperty(name = "gridwork.pii.key")
    Optional<String> encryptionKey;

    @ConfigProperty(name = "gridwork.pii.hash-key")
    Optional<String> hashKey;

    private final SecureRandom random = new SecureRandom();
    private SecretKeySpec aesKey;
    private SecretKeySpec macKey;

    /** A cipher outside CDI (tooling: benchmark data, tests), with the given base64 keys. */
    public static PersonalDataCipher of(String encryptionKeyBase64, String hashKeyBase64) {
        PersonalDataCipher cipher = new PersonalDataCipher();
        cipher.encryptionKey = Optional.ofNullable(encryptionKeyBase64);
        cipher.hashKey = Optional.ofNullable(hashKeyBase64);
        cipher.init();
        return cipher;
    }

    @PostConstruct
    void init() {
        aesKey = new SecretKeySpec(key(encryptionKey, "gridwork.pii.key (GRIDWORK_PII_KEY)"), "AES");
        macKey = new SecretKeySpec(key(hashKey, "gridwork.pii.hash-key (GRIDWORK_PII_HASH_KEY)"), "HmacSHA256");
    }

    private static byte[] key(Optional<String> configured, String name) {
        String value = configured
                .filter(v -> !v.isBlank())
                .orElseThrow(() -> new IllegalStateException(
                        name + " is not set: give it 32 random bytes in base64 (e.g. `openssl rand -base64 32`)"));
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(value.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + " is not valid base64");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(name + " must be 32 bytes (256 bits), base64-encoded");
        }
        return bytes;
    }

    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, aesKey, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX
                    + Base64.getEncoder()
                            .encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                                    .put(nonce)
                                    .put(sealed)
                                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalStateException("unknown ciphertext format");
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, aesKey, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            // Wrong key or tampered value; never echo the value itself.
            throw new IllegalStateException("decryption failed");
        }
    }

    /** Seals a phone number in its normalised form (no spaces or dashes), as the Excel import does. */
    public SealedValue sealPhone(String phone) {
        String value = Phones.normalize(phone);
        return new SealedValue(encrypt(value), hash(value), Phones.mask(value));
    }

    /** Seals a valid ID card number (normalised: upper-case X). */
    public SealedValue sealIdCard(String idCard) {
        String value = IdCards.normalize(idCard);
        return new SealedValue(encrypt(value), hash(value), IdCards.mask(value));
    }

    /** The blind index of an already normalised value: equal inputs give equal hashes, nothing else is learnt. */
    public String hash(String normalized) {
        if (normalized == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(macKey);
            return HexFormat.of().formatHex(mac.doFinal(normalized.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("hashing failed", e);
        }
    }
}
