package com.gridwork.common.crypto;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * Resident ID card numbers (GB 11643-1999): 6-digit division code, 8-digit birth date, 3-digit sequence whose
 * parity gives the sex (odd male), and an ISO 7064 MOD 11-2 check character ('X' for 10).
 */
public final class IdCards {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    /** Why a number is not valid: a message key of the bundle, or empty when it is valid. */
    public enum Problem {
        LENGTH,
        CHARACTERS,
        BIRTH_DATE,
        CHECK_DIGIT
    }

    private IdCards() {}

    public static String normalize(String raw) {
        return raw == null ? null : raw.strip().toUpperCase(Locale.ROOT);
    }

    public static Optional<Problem> problem(String raw) {
        String id = normalize(raw);
        if (id == null || id.length() != 18) {
            return Optional.of(Problem.LENGTH);
        }
        for (int i = 0; i < 17; i++) {
            if (!Character.isDigit(id.charAt(i)) || id.charAt(i) > '9') {
                return Optional.of(Problem.CHARACTERS);
            }
        }
        char last = id.charAt(17);
        if (!(last >= '0' && last <= '9') && last != 'X') {
            return Optional.of(Problem.CHARACTERS);
        }
        LocalDate birth;
        try {
            birth = birthDate(id);
        } catch (DateTimeException e) {
            return Optional.of(Problem.BIRTH_DATE);
        }
        if (birth.isAfter(LocalDate.now()) || birth.isBefore(LocalDate.of(1880, 1, 1))) {
            return Optional.of(Problem.BIRTH_DATE);
        }
        return last == checkCharacter(id) ? Optional.empty() : Optional.of(Problem.CHECK_DIGIT);
    }

    public static boolean isValid(String raw) {
        return problem(raw).isEmpty();
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public static LocalDate birthDate(String id) {
        return LocalDate.of(
                Integer.parseInt(id.substring(6, 10)),
                Integer.parseInt(id.substring(10, 12)),
                Integer.parseInt(id.substring(12, 14)));
    }

    /** 'M' or 'F' from the parity of the 17th digit. */
    public static String gender(String id) {
        return (id.charAt(16) - '0') % 2 == 1 ? "M" : "F";
    }

    /** Division code and last four shown, e.g. 110101********1234. */
    public static String mask(String id) {
        return id.substring(0, 6) + "********" + id.substring(14);
    }
}
