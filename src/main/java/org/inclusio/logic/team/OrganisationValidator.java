package org.inclusio.logic.team;

import java.util.ArrayList;
import java.util.List;
import org.inclusio.logic.edit.FieldProblem;
import org.inclusio.logic.i18n.Localization;

/**
 * The rules an organisation's own fields must meet, with plain-language messages. Whether the
 * name is already taken needs the store and is checked by {@link OrganisationService}.
 */
public final class OrganisationValidator {

    public static final int MAX_NAME = 200;
    public static final int MAX_DESCRIPTION = 2000;

    private final Localization l10n;

    public OrganisationValidator(Localization l10n) {
        this.l10n = l10n;
    }

    public List<FieldProblem> validate(OrganisationDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        if (draft.name() == null || draft.name().isBlank()) {
            problems.add(new FieldProblem("name", l10n.text("organisation.invalid.nameRequired")));
        } else if (draft.name().strip().length() > MAX_NAME) {
            problems.add(new FieldProblem("name", l10n.text("team.invalid.tooLong", MAX_NAME)));
        }
        if (draft.description() != null && draft.description().strip().length() > MAX_DESCRIPTION) {
            problems.add(new FieldProblem("description", l10n.text("team.invalid.tooLong", MAX_DESCRIPTION)));
        }
        return problems;
    }
}
