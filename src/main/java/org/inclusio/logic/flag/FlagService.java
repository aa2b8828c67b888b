package org.inclusio.logic.flag;

import io.ebean.Database;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.inclusio.logic.store.VocabularyTexts;
import org.inclusio.logic.edit.EditConflictException;
import org.inclusio.logic.edit.FieldProblem;
import org.inclusio.logic.edit.Saving;
import org.inclusio.logic.edit.ValidationException;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.model.Activity;
import org.inclusio.model.DisadvantagedGroup;
import org.inclusio.model.ExclusionFlag;
import org.inclusio.model.FlagOrigin;
import org.inclusio.model.ProcessTeam;

/**
 * Reads and writes the exclusion flags of one activity or one process team: lists them, saves a
 * manual flag in one transaction (refused when someone else saved it first) and moves manual
 * flags to the trash. Flags raised by rules are listed but never changed here.
 */
public final class FlagService {

    private static final Comparator<FlagDraft> NEWEST_FIRST = Comparator
            .comparing(FlagDraft::observedOn, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(FlagDraft::observation, Comparator.nullsLast(Comparator.naturalOrder()));

    private final Database db;
    private final Localization l10n;
    private final FlagValidator validator;

    public FlagService(Database db, Localization l10n) {
        this.db = db;
        this.l10n = l10n;
        this.validator = new FlagValidator(l10n);
    }

    /** The flags (not in the trash) of an activity, newest observation first. */
    public List<FlagDraft> forActivity(UUID activityId) {
        return list("activity.id", activityId);
    }

    /** The flags (not in the trash) of a process team itself, newest observation first. */
    public List<FlagDraft> forTeam(UUID teamId) {
        return list("team.id", teamId);
    }

    private List<FlagDraft> list(String owner, UUID id) {
        return db.find(ExclusionFlag.class).fetch("group", "code,builtIn,name").where().eq(owner, id).findList().stream()
                .map(this::toDraft).sorted(NEWEST_FIRST).toList();
    }

    /** One flag, or empty when it no longer exists or is in the trash. */
    public Optional<FlagDraft> load(UUID id) {
        return Optional.ofNullable(db.find(ExclusionFlag.class).fetch("group", "code,builtIn,name").where().idEq(id).findOne())
                .map(this::toDraft);
    }

    private FlagDraft toDraft(ExclusionFlag flag) {
        DisadvantagedGroup group = flag.getGroup();
        return new FlagDraft(flag.getId(), flag.getVersion(),
                flag.getActivity() == null ? null : flag.getActivity().getId(),
                flag.getTeam() == null ? null : flag.getTeam().getId(), flag.getKind(),
                group == null ? null : group.getId(), group == null ? null : new VocabularyTexts(l10n).name(group),
                l10n.flagObservation(flag.getOrigin(), flag.getRuleCode(), flag.getObservation()),
                flag.getSeverity(), flag.getStatus(), flag.getMitigation(), flag.getObservedOn(), flag.getOrigin());
    }

    /**
     * Saves a manual flag in one transaction and returns it as stored (with its new version).
     *
     * @throws ValidationException       when a field is not valid; nothing is written
     * @throws EditConflictException     when someone else saved or deleted the flag since it was loaded
     * @throws FlagNotEditableException  when the flag (as drafted or as stored) was raised by a rule
     */
    public FlagDraft save(FlagDraft draft) {
        if (draft.isAutomatic()) {
            throw notEditable();
        }
        List<FieldProblem> problems = validator.validate(draft);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        String description = l10n.text("flag.record");
        UUID id = Saving.inTransaction(db, description, () -> {
            ExclusionFlag flag;
            if (draft.isNew()) {
                flag = new ExclusionFlag();
                flag.setOrigin(FlagOrigin.MANUAL);
            } else {
                flag = db.find(ExclusionFlag.class, draft.id());
                if (flag == null) {
                    throw new EditConflictException(description, null);
                }
                if (flag.getOrigin() == FlagOrigin.AUTOMATIC) {
                    throw notEditable();
                }
                Saving.checkVersion(flag.getVersion(), draft.version(), description);
            }
            apply(draft, flag);
            db.save(flag);
            return flag.getId();
        });
        return load(id).orElseThrow();
    }

    private void apply(FlagDraft draft, ExclusionFlag flag) {
        flag.setActivity(draft.activityId() == null ? null : db.reference(Activity.class, draft.activityId()));
        flag.setTeam(draft.teamId() == null ? null : db.reference(ProcessTeam.class, draft.teamId()));
        flag.setKind(draft.kind());
        flag.setGroup(draft.groupId() == null ? null : db.reference(DisadvantagedGroup.class, draft.groupId()));
        flag.setObservation(draft.observation().strip());
        flag.setSeverity(draft.severity());
        flag.setStatus(draft.status());
        flag.setMitigation(draft.mitigation() == null || draft.mitigation().isBlank() ? null
                : draft.mitigation().strip());
        flag.setObservedOn(draft.observedOn());
    }

    /**
     * Moves a manual flag to the trash.
     *
     * @throws EditConflictException    when someone else changed or deleted it since it was loaded
     * @throws FlagNotEditableException when it was raised by a rule
     */
    public void moveToTrash(UUID id, long version) {
        String description = l10n.text("flag.record");
        Saving.inTransaction(db, description, () -> {
            ExclusionFlag flag = db.find(ExclusionFlag.class, id);
            if (flag == null) {
                throw new EditConflictException(description, null);
            }
            if (flag.getOrigin() == FlagOrigin.AUTOMATIC) {
                throw notEditable();
            }
            Saving.checkVersion(flag.getVersion(), version, description);
            db.delete(flag);
            return id;
        });
    }

    private static FlagNotEditableException notEditable() {
        return new FlagNotEditableException("A flag raised by a rule is reviewed, not edited or deleted by hand.");
    }
}
