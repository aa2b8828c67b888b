package org.inclusio.logic.demo;

import io.ebean.Database;
import java.util.Locale;

/**
 * Hands out the pseudonymous codes of demo people: {@code S-001} for staff, {@code P-0001} for lay
 * people, continuing after the highest such code already in the store.
 */
final class CodeSpace {

    static final String PROFESSIONAL_PREFIX = "S-";
    static final String LAY_PREFIX = "P-";

    private int lastProfessional;
    private int lastLay;

    private CodeSpace(int lastProfessional, int lastLay) {
        this.lastProfessional = lastProfessional;
        this.lastLay = lastLay;
    }

    static CodeSpace fresh() {
        return new CodeSpace(0, 0);
    }

    /** Codes after every S-number and P-number the store holds, deleted people included. */
    static CodeSpace after(Database database) {
        int[] highest = new int[2];
        database.sqlQuery("select code from person where code like 'S-%' or code like 'P-%'")
                .findEachRow((row, rowNumber) -> {
                    String code = row.getString(1);
                    int number = numberOf(code);
                    int slot = code.startsWith(PROFESSIONAL_PREFIX) ? 0 : 1;
                    highest[slot] = Math.max(highest[slot], number);
                });
        return new CodeSpace(highest[0], highest[1]);
    }

    private static int numberOf(String code) {
        String digits = code.substring(2);
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(Character::isDigit)) {
            return 0;
        }
        return Integer.parseInt(digits);
    }

    String nextProfessional() {
        return String.format(Locale.ROOT, "%s%03d", PROFESSIONAL_PREFIX, ++lastProfessional);
    }

    String nextLay() {
        return String.format(Locale.ROOT, "%s%04d", LAY_PREFIX, ++lastLay);
    }
}
