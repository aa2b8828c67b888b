package org.inclusio.logic.team;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.inclusio.logic.catalogue.FieldLimits;
import org.inclusio.logic.edit.FieldProblem;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.model.PersonRole;

/**
 * The rules a process team must meet to be saved, each with a plain-language message naming the
 * field (and for members and reference shares, the row). The editor shows them as the user
 * types; the service checks them again, with the people's roles as stored, before writing.
 */
public final class TeamValidator {


    private final Localization l10n;

    public TeamValidator(Localization l10n) {
        this.l10n = l10n;
    }

    /**
     * @param draft  the team as edited
     * @param roleOf each member's role as it is known (null when the person no longer exists)
     * @param today  the current day (a population year may be at most next year)
     */
    public List<FieldProblem> validate(TeamDraft draft, Function<UUID, PersonRole> roleOf, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (draft.name() == null || draft.name().isBlank()) {
            problems.add(problem("name", "team.invalid.nameRequired"));
        } else if (draft.name().length() > FieldLimits.TEAM_NAME) {
            problems.add(problem("name", "team.invalid.tooLong", FieldLimits.TEAM_NAME));
        }
        checkLength(problems, "patientGroupServed", draft.patientGroupServed(), FieldLimits.TEAM_PATIENT_GROUP);
        checkLength(problems, "description", draft.description(), FieldLimits.TEAM_DESCRIPTION);
        Set<UUID> seen = new HashSet<>();
        validateProfessionals(draft, roleOf, seen, problems);
        validateLayMembers(draft, roleOf, seen, problems);
        validateShares(draft, today, problems);
        return problems;
    }

    private void validateProfessionals(TeamDraft draft, Function<UUID, PersonRole> roleOf, Set<UUID> seen,
                                       List<FieldProblem> problems) {
        for (ProfessionalDraft member : draft.professionals()) {
            String who = member.personCode();
            PersonRole role = roleOf.apply(member.personId());
            if (!seen.add(member.personId())) {
                problems.add(problem("professionals", "team.invalid.duplicateMember", who));
            }
            if (role == null) {
                problems.add(problem("professionals", "team.invalid.personGone", who));
            } else if (role != PersonRole.PROFESSIONAL) {
                problems.add(problem("professionals", "team.invalid.notProfessional", who, l10n.label(role)));
            }
            if (tooLong(member.profession(), FieldLimits.MEMBER_TEXT)
                    || tooLong(member.areaOfCare(), FieldLimits.MEMBER_TEXT)) {
                problems.add(problem("professionals", "team.invalid.memberTextTooLong", who, FieldLimits.MEMBER_TEXT));
            }
            checkTenure(problems, "professionals", who, member.joinedOn(), member.leftOn());
        }
    }

    private void validateLayMembers(TeamDraft draft, Function<UUID, PersonRole> roleOf, Set<UUID> seen,
                                    List<FieldProblem> problems) {
        for (LayMemberDraft member : draft.layMembers()) {
            String who = member.personCode();
            PersonRole role = roleOf.apply(member.personId());
            if (!seen.add(member.personId())) {
                problems.add(problem("layMembers", "team.invalid.duplicateMember", who));
            }
            if (role == null) {
                problems.add(problem("layMembers", "team.invalid.personGone", who));
            } else if (!role.isLay()) {
                problems.add(problem("layMembers", "team.invalid.notLay", who));
            }
            checkTenure(problems, "layMembers", who, member.joinedOn(), member.leftOn());
        }
    }

    private void checkTenure(List<FieldProblem> problems, String field, String who, LocalDate joined,
                             LocalDate left) {
        validateTenure(who, joined, left).forEach(problem -> problems.add(new FieldProblem(field, problem.message())));
    }

    /** The rule of one seat on a team, naming the field {@code leftOn}: nobody leaves before joining. */
    public List<FieldProblem> validateTenure(String who, LocalDate joined, LocalDate left) {
        if (joined != null && left != null && left.isBefore(joined)) {
            return List.of(problem("leftOn", "team.invalid.leftBeforeJoined", who));
        }
        return List.of();
    }

    private void validateShares(TeamDraft draft, LocalDate today, List<FieldProblem> problems) {
        int lastYear = Math.min(Year.from(today).getValue() + 1, FieldLimits.POPULATION_YEAR.max());
        Set<String> seen = new HashSet<>();
        int row = 0;
        for (ReferenceShareDraft share : draft.referenceShares()) {
            row++;
            if (share.groupId() == null) {
                problems.add(problem("referenceShares", "team.invalid.shareGroup", row));
            }
            if (!validPercent(share.percent())) {
                problems.add(problem("referenceShares", "team.invalid.sharePercent", row));
            }
            Integer year = share.populationYear();
            if (year == null || year < FieldLimits.POPULATION_YEAR.min() || year > lastYear) {
                problems.add(problem("referenceShares", "team.invalid.shareYear", row,
                        String.valueOf(FieldLimits.POPULATION_YEAR.min()), String.valueOf(lastYear)));
            }
            if (tooLong(share.source(), FieldLimits.SHARE_SOURCE)) {
                problems.add(problem("referenceShares", "team.invalid.shareSource", row, FieldLimits.SHARE_SOURCE));
            }
            if (share.groupId() != null && year != null && !seen.add(share.groupId() + "/" + year)) {
                problems.add(problem("referenceShares", "team.invalid.shareDuplicate", row, String.valueOf(year)));
            }
        }
    }

    /** A share in percent from 0 to 100 with at most one decimal. */
    public static boolean validPercent(Double percent) {
        if (percent == null || percent.isNaN() || percent < 0 || percent > 100) {
            return false;
        }
        double tenths = percent * 10;
        return Math.abs(tenths - Math.rint(tenths)) < 1e-6;
    }

    private void checkLength(List<FieldProblem> problems, String field, String value, int max) {
        if (tooLong(value, max)) {
            problems.add(problem(field, "team.invalid.tooLong", max));
        }
    }

    private static boolean tooLong(String value, int max) {
        return value != null && value.strip().length() > max;
    }

    private FieldProblem problem(String field, String key, Object... arguments) {
        return new FieldProblem(field, l10n.text(key, arguments));
    }
}
