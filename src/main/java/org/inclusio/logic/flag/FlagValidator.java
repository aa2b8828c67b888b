package org.inclusio.logic.flag;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.inclusio.logic.catalogue.FieldLimits;
import org.inclusio.logic.edit.FieldProblem;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.model.FlagStatus;

/**
 * The rules a manual exclusion flag must meet to be saved, each with a message naming the field.
 * The pane shows them as the user types; the service checks them again before writing.
 */
public final class FlagValidator {

    /** The statuses a person sets on a manual flag (the others belong to reviewing automatic flags). */
    public static final Set<FlagStatus> MANUAL_STATUSES = Set.of(FlagStatus.OPEN, FlagStatus.MITIGATED,
            FlagStatus.RESOLVED);

    private final Localization l10n;

    public FlagValidator(Localization l10n) {
        this.l10n = l10n;
    }

    public List<FieldProblem> validate(FlagDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        if ((draft.activityId() == null) == (draft.teamId() == null)) {
            problems.add(problem("owner", "flag.invalid.owner"));
        }
        if (draft.kind() == null) {
            problems.add(problem("kind", "flag.invalid.kindRequired"));
        }
        if (draft.observation() == null || draft.observation().isBlank()) {
            problems.add(problem("observation", "flag.invalid.observationRequired"));
        } else if (draft.observation().strip().length() > FieldLimits.FLAG_TEXT) {
            problems.add(problem("observation", "flag.invalid.tooLong", FieldLimits.FLAG_TEXT));
        }
        if (draft.severity() == null) {
            problems.add(problem("severity", "flag.invalid.severityRequired"));
        }
        if (draft.status() == null || !MANUAL_STATUSES.contains(draft.status())) {
            problems.add(problem("status", "flag.invalid.status"));
        }
        if (draft.mitigation() != null && draft.mitigation().strip().length() > FieldLimits.FLAG_TEXT) {
            problems.add(problem("mitigation", "flag.invalid.tooLong", FieldLimits.FLAG_TEXT));
        }
        return problems;
    }

    private FieldProblem problem(String field, String key, Object... arguments) {
        return new FieldProblem(field, l10n.text(key, arguments));
    }
}
