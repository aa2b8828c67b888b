package org.inclusio.logic.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.inclusio.logic.catalogue.FieldLimits;
import org.inclusio.logic.edit.FieldProblem;
import org.inclusio.logic.i18n.Localization;

/**
 * The rules a person must meet to be saved, each with a plain-language message naming the field.
 * The editor shows them as the user types; the service checks them again (and that the code is
 * not taken) before writing.
 */
public final class PersonValidator {


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
        } else if (code.length() > FieldLimits.PERSON_CODE) {
            problems.add(problem("code", "person.invalid.tooLong", FieldLimits.PERSON_CODE));
        } else if (!CODE.matcher(code).matches()) {
            problems.add(problem("code", "person.invalid.codeCharacters"));
        }
        if (draft.role() == null) {
            problems.add(problem("role", "person.invalid.roleRequired"));
        }
        if (draft.association() != null && draft.association().length() > FieldLimits.PERSON_ASSOCIATION) {
            problems.add(problem("association", "person.invalid.tooLong", FieldLimits.PERSON_ASSOCIATION));
        }
        int row = 0;
        for (ConsentDraft consent : draft.consents()) {
            row++;
            validateConsent(consent, row).forEach(
                    problem -> problems.add(new FieldProblem("consents", problem.message())));
        }
        if (!draft.groups().isEmpty() && draft.consents().stream().noneMatch(c -> c.isValidOn(today))) {
            problems.add(problem("groups", "person.invalid.groupsWithoutConsent"));
        }
        return problems;
    }

    /**
     * The rules of one consent, each naming the consent's own field ({@code givenOn}, {@code withdrawnOn},
     * {@code scope}): given on a day, not withdrawn before it was given, with a scope.
     *
     * @param row the consent's number as the message gives it
     */
    public List<FieldProblem> validateConsent(ConsentDraft consent, int row) {
        List<FieldProblem> problems = new ArrayList<>();
        if (consent.givenOn() == null) {
            problems.add(problem("givenOn", "person.invalid.consentDate", row));
        } else if (consent.withdrawnOn() != null && consent.withdrawnOn().isBefore(consent.givenOn())) {
            problems.add(problem("withdrawnOn", "person.invalid.withdrawnBefore", row));
        }
        if (consent.scope() == null) {
            problems.add(problem("scope", "person.invalid.consentScope", row));
        }
        return problems;
    }

    /** Problems with identifying details. */
    public List<FieldProblem> validate(IdentityDraft identity) {
        List<FieldProblem> problems = new ArrayList<>();
        checkLength(problems, "fullName", identity.fullName(), FieldLimits.IDENTITY_NAME);
        checkLength(problems, "phone", identity.phone(), FieldLimits.IDENTITY_PHONE);
        checkLength(problems, "postalAddress", identity.postalAddress(), FieldLimits.IDENTITY_ADDRESS);
        String email = identity.email() == null ? "" : identity.email().strip();
        if (email.length() > FieldLimits.IDENTITY_EMAIL) {
            problems.add(problem("email", "person.invalid.tooLong", FieldLimits.IDENTITY_EMAIL));
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
