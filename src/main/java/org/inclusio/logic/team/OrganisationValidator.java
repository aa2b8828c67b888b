package org.inclusio.logic.team;

import java.util.ArrayList;
import java.util.List;
import org.inclusio.logic.catalogue.FieldLimits;
import org.inclusio.logic.edit.FieldProblem;
import org.inclusio.logic.i18n.Localization;

/**
 * The rules an organisation's own fields must meet, with plain-language messages. Whether the
 * name is already taken needs the store and is checked by {@link OrganisationService}.
 */
public final class OrganisationValidator {


    private final Localization l10n;

    public OrganisationValidator(Localization l10n) {
        this.l10n = l10n;
    }

    public List<FieldProblem> validate(OrganisationDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        if (draft.name() == null || draft.name().isBlank()) {
            problems.add(new FieldProblem("name", l10n.text("organisation.invalid.nameRequired")));
        } else if (draft.name().strip().length() > FieldLimits.ORGANISATION_NAME) {
            problems.add(new FieldProblem("name", l10n.text("team.invalid.tooLong", FieldLimits.ORGANISATION_NAME)));
        }
        int longest = FieldLimits.ORGANISATION_DESCRIPTION;
        if (draft.description() != null && draft.description().strip().length() > longest) {
            problems.add(new FieldProblem("description", l10n.text("team.invalid.tooLong", longest)));
        }
        return problems;
    }
}
