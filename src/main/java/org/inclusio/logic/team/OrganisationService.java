package org.inclusio.logic.team;

import io.ebean.Database;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.inclusio.logic.edit.EditConflictException;
import org.inclusio.logic.edit.FieldProblem;
import org.inclusio.logic.edit.Saving;
import org.inclusio.logic.edit.ValidationException;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.model.GovernanceModel;
import org.inclusio.model.Organisation;

/**
 * Reads and writes organisations: the register's rows (with how many teams each has) by one
 * aggregate query, and one organisation loaded and saved as a draft. Names are unique, ignoring
 * case, also against organisations in the trash (the store keeps their names).
 */
public final class OrganisationService {

    private final Database db;
    private final Localization l10n;
    private final OrganisationValidator validator;

    public OrganisationService(Database db, Localization l10n) {
        this.db = db;
        this.l10n = l10n;
        this.validator = new OrganisationValidator(l10n);
    }

    /** Organisations whose name contains the text (ignoring case), by name. */
    public List<OrganisationRow> search(String text, boolean ascending) {
        String pattern = "%" + (text == null ? "" : text.trim().toLowerCase(Locale.ROOT)) + "%";
        return db.sqlQuery("select o.id, o.name, o.governance_model,"
                        + " (select count(*) from process_team t where t.organisation_id = o.id and t.deleted = false)"
                        + " from organisation o where o.deleted = false and lower(o.name) like :text"
                        + " order by lower(o.name)" + (ascending ? " asc" : " desc") + ", o.id")
                .setParameter("text", pattern)
                .mapTo((rs, n) -> new OrganisationRow(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getString(3) == null ? null : GovernanceModel.valueOf(rs.getString(3)), rs.getLong(4)))
                .findList();
    }

    /** The organisation as its editor edits it, or empty when it no longer exists (or is in the trash). */
    public Optional<OrganisationDraft> load(UUID id) {
        Organisation organisation = db.find(Organisation.class, id);
        return Optional.ofNullable(organisation).map(o -> new OrganisationDraft(o.getId(), o.getVersion(),
                o.getName(), o.getGovernanceModel(), o.getDescription() == null ? "" : o.getDescription()));
    }

    /** What is wrong with the draft, including a name another organisation already has. */
    public List<FieldProblem> check(OrganisationDraft draft) {
        List<FieldProblem> problems = new ArrayList<>(validator.validate(draft));
        if (problems.stream().noneMatch(p -> p.field().equals("name"))) {
            List<Boolean> clashes = db.sqlQuery("select deleted from organisation where lower(name) = :name"
                            + " and id <> :id")
                    .setParameter("name", draft.name().strip().toLowerCase(Locale.ROOT))
                    .setParameter("id", draft.id() == null ? new UUID(0, 0) : draft.id())
                    .mapToScalar(Boolean.class)
                    .findList();
            if (clashes.contains(Boolean.FALSE)) {
                problems.add(new FieldProblem("name", l10n.text("organisation.invalid.nameTaken", draft.name().strip())));
            } else if (!clashes.isEmpty()) {
                problems.add(new FieldProblem("name", l10n.text("organisation.invalid.nameInTrash",
                        draft.name().strip())));
            }
        }
        return problems;
    }

    /**
     * Saves the draft in one transaction and returns it as stored.
     *
     * @throws ValidationException   when a field is not valid or the name is taken; nothing is written
     * @throws EditConflictException when someone else saved the organisation since it was loaded
     */
    public OrganisationDraft save(OrganisationDraft draft) {
        List<FieldProblem> problems = check(draft);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        String description = l10n.text("organisation.record", draft.name().strip());
        UUID id = Saving.inTransaction(db, description, () -> {
            Organisation organisation;
            if (draft.isNew()) {
                organisation = new Organisation();
            } else {
                organisation = db.find(Organisation.class, draft.id());
                if (organisation == null) {
                    throw new EditConflictException(description, null);
                }
                Saving.checkVersion(organisation.getVersion(), draft.version(), description);
            }
            organisation.setName(draft.name().strip());
            organisation.setGovernanceModel(draft.governanceModel());
            organisation.setDescription(draft.description() == null || draft.description().isBlank() ? null
                    : draft.description().strip());
            db.save(organisation);
            return organisation.getId();
        });
        return load(id).orElseThrow();
    }
}
