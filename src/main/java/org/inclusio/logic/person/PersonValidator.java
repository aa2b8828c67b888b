package org.inclusio.logic.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.inclusio.logic.edit.FieldProblem;
import org.inclusio.logic.i18n.Localization;

/**
 * The rules a person must meet to be saved, each with a plain-language message naming the field.
 * The editor shows them as the user types; the service checks them again (and that the code is
 * not taken) before writing.
 */
public final class PersonValidator {

    public static final int MAX_CODE = 40;
    public static final int MAX_ASSOCIATION = 200;
    public static final int MAX_NAME = 200;
    public static final int MAX_EMAIL = 200;
    public static final int MAX_PHONE = 60;
    public static final int MAX_ADDRESS = 500;

    /** Letters, digits and the separators - _ . ; no spaces, so a code never looks like a name. */
    private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Localization l10n;

    public PersonValidator(Localization l10n) {
        this.l10n = l10n;
    }

    /** Problems with the draft, judging consents as of {@code today}. */
    public List<FieldProblem> validate(PersonDraft draft, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        String code = draft.code() == null ? "" : draft.code().strip();
        if (code.isEmpty()) {
            problems.add(problem("code", "person.invalid.codeRequired"));
        } else if (code.length() > MAX_CODE) {
            problems.add(problem("code", "person.invalid.tooLong", MAX_CODE));
        } else if (!CODE.matcher(code).matches()) {
            problems.add(problem("code", "person.invalid.codeCharacters"));
        }
        if (draft.role() == null) {
            problems.add(problem("role", "person.invalid.roleRequired"));
        }
        if (draft.association() != null && draft.association().length() > MAX_ASSOCIATION) {
            problems.add(problem("association", "person.invalid.tooLong", MAX_ASSOCIATION));
        }
        int row = 0;
        for (ConsentDraft consent : draft.consents()) {
            row++;
            if (consent.givenOn() == null) {
                problems.add(problem("consents", "person.invalid.consentDate", row));
            } else if (consent.withdrawnOn() != null && consent.withdrawnOn().isBefore(consent.givenOn())) {
                problems.add(problem("consents", "person.invalid.withdrawnBefore", row));
            }
            if (consent.scope() == null) {
                problems.add(problem("consents", "person.invalid.consentScope", row));
            }
        }
        if (!draft.groups().isEmpty() && draft.consents().stream().noneMatch(c -> c.isValidOn(today))) {
            problems.add(problem("groups", "person.invalid.groupsWithoutConsent"));
        }
        return problems;
    }

    /** Problems with identifying details. */
    public List<FieldProblem> validate(IdentityDraft identity) {
        List<FieldProblem> problems = new ArrayList<>();
        checkLength(problems, "fullName", identity.fullName(), MAX_NAME);
        checkLength(problems, "phone", identity.phone(), MAX_PHONE);
        checkLength(problems, "postalAddress", identity.postalAddress(), MAX_ADDRESS);
        String email = identity.email() == null ? "" : identity.email().strip();
        if (email.length() > MAX_EMAIL) {
            problems.add(problem("email", "person.invalid.tooLong", MAX_EMAIL));
        } else if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
            problems.add(problem("email", "person.invalid.email"));
        }
        return problems;
    }

    private void checkLength(List<FieldProblem> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(problem(field, "person.invalid.tooLong", max));
        }
    }

    private FieldProblem problem(String field, String key, Object... arguments) {
        return new FieldProblem(field, l10n.text(key, arguments));
    }
}
