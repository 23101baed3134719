package org.ecoledger.common.value;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;

/**
 * An enterprise, identified by its unified social credit code (GB 32100-2015): 18 symbols from a
 * 31-symbol alphabet, the last a check character over the first 17.
 */
public record EnterpriseId(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    /**
     * Each ASCII character's place in the alphabet, -1 where it has none: every event naming an
     * enterprise is read through the constructor, which looked each character up in the alphabet
     * twice.
     */
    private static final byte[] SYMBOLS = new byte[128];

    static {
        Arrays.fill(SYMBOLS, (byte) -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            SYMBOLS[ALPHABET.charAt(i)] = (byte) i;
        }
    }

    public EnterpriseId {
        if (value == null || value.length() != 18) {
            throw new IllegalArgumentException("a unified social credit code has 18 characters: " + value);
        }
        int sum = 0;
        for (int i = 0; i < 18; i++) {
            int symbol = symbol(value.charAt(i));
            if (symbol < 0) {
                throw new IllegalArgumentException(
                        "character '" + value.charAt(i) + "' at position " + (i + 1) + " is not allowed in a credit code: " + value);
            }
            sum += i < 17 ? symbol * WEIGHTS[i] : 0;
        }
        char expected = checkCharacterOf(sum);
        if (value.charAt(17) != expected) {
            throw new IllegalArgumentException(
                    "credit code " + value + " fails its check character: expected " + expected + ", found " + value.charAt(17));
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static EnterpriseId of(String value) {
        return new EnterpriseId(value == null ? null : value.trim().toUpperCase());
    }

    /** The check character GB 32100 puts after these 17 symbols; used to build valid codes in tests and demos. */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("the check character is computed over 17 characters");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int symbol = symbol(first17.charAt(i));
            if (symbol < 0) {
                throw new IllegalArgumentException("character '" + first17.charAt(i) + "' is not allowed in a credit code");
            }
            sum += symbol * WEIGHTS[i];
        }
        return checkCharacterOf(sum);
    }

    private static char checkCharacterOf(int weightedSum) {
        int check = 31 - weightedSum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    private static int symbol(char c) {
        return c < SYMBOLS.length ? SYMBOLS[c] : -1;
    }

    /** Characters 3 to 8: the administrative division where the enterprise registered. */
    public String registeringDivision() {
        return value.substring(2, 8);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
