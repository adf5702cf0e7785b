package com.gridwork.wish;

/**
 * How a beneficiary's name is published: the first and the last character kept, every one between masked (张*明,
 * 欧阳*华 → 欧**华); a two-character name keeps its first (张*), a one-character name is masked whole. Characters
 * are code points, so a rare character outside the BMP counts as one.
 */
public final class BeneficiaryNames {
    private BeneficiaryNames() {}

    public static String mask(String name) {
        int[] chars = name.strip().codePoints().toArray();
        if (chars.length <= 1) {
            return "*";
        }
        StringBuilder masked = new StringBuilder().appendCodePoint(chars[0]);
        if (chars.length == 2) {
            return masked.append('*').toString();
        }
        masked.append("*".repeat(chars.length - 2));
        return masked.appendCodePoint(chars[chars.length - 1]).toString();
    }
}
