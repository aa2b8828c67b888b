package org.inclusio.logic.analysis.table;

import java.util.ArrayList;
import java.util.List;
import org.inclusio.logic.analysis.Count;
import org.inclusio.logic.analysis.Estimate;
import org.inclusio.logic.analysis.GroupRef;
import org.inclusio.logic.analysis.Suppression;
import org.inclusio.logic.analysis.flags.FlagRow;
import org.inclusio.logic.analysis.funnel.FunnelRow;
import org.inclusio.logic.analysis.funnel.FunnelStage;
import org.inclusio.logic.analysis.matrix.MatrixCell;
import org.inclusio.logic.analysis.matrix.ModeLevelMatrix;
import org.inclusio.logic.analysis.representation.InfluenceRow;
import org.inclusio.logic.analysis.representation.RepresentationRow;
import org.inclusio.logic.analysis.representation.Slice;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.model.Term;

/**
 * Turns the results of each analysis into an {@link AnalysisTable}: shares as percentages with one
 * decimal, ratios and interval bounds with two, suppressed figures as the suppression marker and
 * figures without a reference left empty. Only aggregates, codes and names of teams and groups.
 */
public final class AnalysisTables {

    private final Localization l10n;
    private final Suppression suppression;

    public AnalysisTables(Localization l10n, Suppression suppression) {
        this.l10n = l10n;
        this.suppression = suppression;
    }

    /** The suppression policy the tables follow. */
    public Suppression suppression() {
        return suppression;
    }

    /**
     * The twelve cells of the mode x level matrix, one row each. Counts of people below the
     * threshold are suppressed, and so are the person-hours and groups present derived from them.
     * The anonymous participants come last, so the columns before them stay where they were; a small
     * count of them is suppressed too, and with it the person-hours it is part of.
     */
    public AnalysisTable matrix(ModeLevelMatrix matrix) {
        List<List<Cell>> rows = new ArrayList<>();
        for (MatrixCell cell : matrix.cells()) {
            boolean fewPeople = suppression.suppresses(cell.participants());
            boolean fewAnonymous = suppression.suppresses(cell.anonymousParticipants());
            rows.add(List.of(term(cell.mode()), term(cell.level()), Cell.number(cell.activities()),
                    count(suppression.count(cell.participants())), count(suppression.count(cell.layParticipants())),
                    fewPeople || fewAnonymous ? Cell.suppressed(suppression) : Cell.decimal(cell.personHours(), 1),
                    fewPeople ? Cell.suppressed(suppression) : Cell.number(cell.groupsPresent()),
                    count(suppression.count(cell.anonymousParticipants()))));
        }
        return new AnalysisTable(List.of(Column.text("mode", "analysis.column.mode"),
                Column.text("level", "analysis.column.level"),
                Column.figure("activities", "analysis.column.activities"),
                Column.figure("participants", "analysis.column.participants"),
                Column.figure("layParticipants", "analysis.column.layParticipants"),
                Column.figure("personHours", "analysis.column.personHours"),
                Column.figure("groupsPresent", "analysis.column.groupsPresent"),
                Column.figure("anonymousParticipants", "analysis.column.anonymousParticipants")), rows);
    }

    /** Equality of representation: one row per team, slice and group. */
    public AnalysisTable representation(List<RepresentationRow> figures) {
        List<List<Cell>> rows = new ArrayList<>();
        for (RepresentationRow row : figures) {
            List<Cell> cells = new ArrayList<>(where(row.teamName(), row.slice(), row.group()));
            cells.add(count(row.groupParticipants()));
            cells.add(count(row.participants()));
            cells.addAll(shareWithInterval(row.share()));
            cells.add(row.referenceShare().isPresent() ? Cell.decimal(row.referenceShare().getAsDouble() * 100, 1)
                    : Cell.missing());
            cells.addAll(ratioWithInterval(row.ratio()));
            rows.add(cells);
        }
        List<Column> columns = new ArrayList<>(whereColumns());
        columns.addAll(List.of(Column.figure("groupParticipants", "analysis.column.groupParticipants"),
                Column.figure("participants", "analysis.column.layParticipants"),
                Column.figure("sharePercent", "analysis.column.sharePercent"),
                Column.figure("shareLowPercent", "analysis.column.lowPercent"),
                Column.figure("shareHighPercent", "analysis.column.highPercent"),
                Column.figure("referencePercent", "analysis.column.referencePercent"),
                Column.figure("ratio", "analysis.column.ratio"),
                Column.figure("ratioLow", "analysis.column.ratioLow"),
                Column.figure("ratioHigh", "analysis.column.ratioHigh")));
        return new AnalysisTable(columns, rows);
    }

    /** Equality of influence: one row per team, slice and group. */
    public AnalysisTable influence(List<InfluenceRow> figures) {
        List<List<Cell>> rows = new ArrayList<>();
        for (InfluenceRow row : figures) {
            List<Cell> cells = new ArrayList<>(where(row.teamName(), row.slice(), row.group()));
            cells.add(count(row.groupAdopted()));
            cells.add(count(row.adopted()));
            cells.add(percent(row.adoptedShare()));
            cells.add(count(row.groupAttendances()));
            cells.add(count(row.attendances()));
            cells.add(percent(row.attendanceShare()));
            cells.addAll(ratioWithInterval(row.ratio()));
            rows.add(cells);
        }
        List<Column> columns = new ArrayList<>(whereColumns());
        columns.addAll(List.of(Column.figure("groupAdopted", "analysis.column.groupAdopted"),
                Column.figure("adopted", "analysis.column.adopted"),
                Column.figure("adoptedSharePercent", "analysis.column.adoptedSharePercent"),
                Column.figure("groupAttendances", "analysis.column.groupAttendances"),
                Column.figure("attendances", "analysis.column.attendances"),
                Column.figure("attendanceSharePercent", "analysis.column.attendanceSharePercent"),
                Column.figure("ratio", "analysis.column.ratio"),
                Column.figure("ratioLow", "analysis.column.ratioLow"),
                Column.figure("ratioHigh", "analysis.column.ratioHigh")));
        return new AnalysisTable(columns, rows);
    }

    /** The participation funnel: one row per group, all lay participants first. */
    public AnalysisTable funnel(List<FunnelRow> figures) {
        List<List<Cell>> rows = new ArrayList<>();
        for (FunnelRow row : figures) {
            List<Cell> cells = new ArrayList<>();
            cells.add(row.allLayParticipants() ? Cell.missing() : Cell.text(row.group().code()));
            cells.add(Cell.text(row.allLayParticipants() ? l10n.text("analysis.funnel.allLay") : row.group().name()));
            for (FunnelStage stage : FunnelStage.values()) {
                cells.add(count(row.stage(stage)));
            }
            rows.add(cells);
        }
        List<Column> columns = new ArrayList<>(List.of(Column.text("groupCode", "analysis.column.groupCode"),
                Column.text("group", "analysis.column.group")));
        for (FunnelStage stage : FunnelStage.values()) {
            columns.add(Column.figure(stageId(stage), "analysis.funnel.stage." + stage.name()));
        }
        return new AnalysisTable(columns, rows);
    }

    /** Exclusion flags as listed: what, where and in what state, with the evidence in figures. */
    public AnalysisTable flags(List<FlagRow> flags) {
        List<List<Cell>> rows = new ArrayList<>();
        for (FlagRow flag : flags) {
            rows.add(List.of(Cell.text(flag.ruleCode()), Cell.text(flag.observation()),
                    term(flag.kind()), term(flag.severity()), term(flag.status()), Cell.text(flag.teamName()),
                    Cell.text(flag.activityDate() == null ? null : flag.activityDate().toString()),
                    Cell.text(flag.activityTitle()), Cell.text(flag.groupCode()),
                    Cell.text(flag.observedOn() == null ? null : flag.observedOn().toString()),
                    Cell.text(flag.evidence())));
        }
        return new AnalysisTable(List.of(Column.text("rule", "analysis.column.ruleCode"),
                Column.text("name", "analysis.column.rule"),
                Column.text("kind", "analysis.column.kind"),
                Column.text("severity", "analysis.column.severity"),
                Column.text("status", "analysis.column.status"),
                Column.text("team", "analysis.column.team"),
                Column.text("activityDate", "analysis.column.activityDate"),
                Column.text("activity", "analysis.column.activity"),
                Column.text("groupCode", "analysis.column.groupCode"),
                Column.text("observedOn", "analysis.column.observedOn"),
                Column.text("evidence", "analysis.column.evidence")), rows);
    }

    /** The JSON name of a funnel stage, e.g. {@code invited}. */
    public static String stageId(FunnelStage stage) {
        return stage.name().toLowerCase(java.util.Locale.ROOT);
    }

    private List<Column> whereColumns() {
        return List.of(Column.text("team", "analysis.column.team"),
                Column.text("slice", "analysis.column.slice"),
                Column.text("groupCode", "analysis.column.groupCode"),
                Column.text("group", "analysis.column.group"));
    }

    private List<Cell> where(String teamName, Slice slice, GroupRef group) {
        return List.of(Cell.text(teamName == null ? l10n.text("analysis.noTeam") : teamName), slice(slice),
                Cell.text(group.code()), Cell.text(group.name()));
    }

    private Cell slice(Slice slice) {
        if (slice.mode() != null) {
            return term(slice.mode());
        }
        if (slice.level() != null) {
            return term(slice.level());
        }
        if (slice.quarter() != null) {
            return Cell.text(slice.year() + "-Q" + slice.quarter());
        }
        if (slice.year() != null) {
            return Cell.text(Integer.toString(slice.year()));
        }
        return Cell.text(l10n.text("analysis.slice.whole"));
    }

    private Cell term(Term term) {
        return term == null ? Cell.missing() : Cell.coded(l10n.label(term), term.name());
    }

    private Cell count(Count count) {
        return Cell.count(count, suppression);
    }

    private Cell percent(Estimate estimate) {
        return switch (estimate.status()) {
            case AVAILABLE -> Cell.decimal(estimate.value() * 100, 1);
            case SUPPRESSED -> Cell.suppressed(suppression);
            case UNDEFINED -> Cell.missing();
        };
    }

    private List<Cell> shareWithInterval(Estimate share) {
        return switch (share.status()) {
            case AVAILABLE -> List.of(Cell.decimal(share.value() * 100, 1),
                    Cell.decimal(share.interval().lower() * 100, 1), Cell.decimal(share.interval().upper() * 100, 1));
            case SUPPRESSED -> List.of(Cell.suppressed(suppression), Cell.suppressed(suppression),
                    Cell.suppressed(suppression));
            case UNDEFINED -> List.of(Cell.missing(), Cell.missing(), Cell.missing());
        };
    }

    private List<Cell> ratioWithInterval(Estimate ratio) {
        return switch (ratio.status()) {
            case AVAILABLE -> List.of(Cell.decimal(ratio.value(), 2), Cell.decimal(ratio.interval().lower(), 2),
                    Cell.decimal(ratio.interval().upper(), 2));
            case SUPPRESSED -> List.of(Cell.suppressed(suppression), Cell.suppressed(suppression),
                    Cell.suppressed(suppression));
            case UNDEFINED -> List.of(Cell.missing(), Cell.missing(), Cell.missing());
        };
    }
}
