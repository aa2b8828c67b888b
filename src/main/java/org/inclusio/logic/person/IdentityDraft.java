package org.inclusio.logic.person;

/**
 * A person's identifying details as the editor holds them once the user asked to see them.
 * Never logged, never shown in the register, never read by analysis.
 *
 * @param fullName      the person's name
 * @param email         an e-mail address
 * @param phone         a telephone number
 * @param postalAddress a postal address
 */
public record IdentityDraft(String fullName, String email, String phone, String postalAddress) {

    /** No details recorded. */
    public static IdentityDraft empty() {
        return new IdentityDraft("", "", "", "");
    }

    public boolean isEmpty() {
        return blank(fullName) && blank(email) && blank(phone) && blank(postalAddress);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** Keeps names and addresses out of any accidental log line or debugger print. */
    @Override
    public String toString() {
        return "IdentityDraft[hidden]";
    }
}
