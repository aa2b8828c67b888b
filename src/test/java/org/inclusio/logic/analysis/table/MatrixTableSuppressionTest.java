package org.inclusio.logic.analysis.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inclusio.logic.analysis.AnalysisFilter;
import org.inclusio.logic.analysis.Suppression;
import org.inclusio.logic.analysis.matrix.MatrixCell;
import org.inclusio.logic.analysis.matrix.ModeLevelMatrix;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.model.Level;
import org.inclusio.model.Mode;
import org.junit.jupiter.api.Test;

/** The matrix as shown and exported hides counts of fewer than five people and what derives from them. */
class MatrixTableSuppressionTest {

    @Test
    void fewPeopleInACellHideTheirCountHoursAndGroups() {
        List<MatrixCell> cells = new ArrayList<>();
        for (Mode mode : Mode.values()) {
            for (Level level : Level.values()) {
                boolean few = mode == Mode.CO_DESIGN && level == Level.INDIVIDUAL;
                boolean many = mode == Mode.CO_DESIGN && level == Level.GROUP;
                cells.add(few ? new MatrixCell(mode, level, 2, 3, 3, 4.5, 1, 0)
                        : many ? new MatrixCell(mode, level, 4, 12, 9, 30.0, 3, 0)
                        : new MatrixCell(mode, level, 0, 0, 0, 0, 0, 0));
            }
        }
        AnalysisTable table = new AnalysisTables(new Localization(Locale.ENGLISH), Suppression.standard())
                .matrix(new ModeLevelMatrix(AnalysisFilter.all(), cells));

        List<Cell> few = table.rows().get(Mode.CO_DESIGN.ordinal() * 3 + Level.INDIVIDUAL.ordinal());
        assertThat(few.get(2).text()).isEqualTo("2");
        assertThat(few.subList(3, 7)).allSatisfy(cell -> {
            assertThat(cell.suppressed()).isTrue();
            assertThat(cell.text()).isEqualTo("<5");
            assertThat(cell.value()).isNull();
        });

        List<Cell> many = table.rows().get(Mode.CO_DESIGN.ordinal() * 3 + Level.GROUP.ordinal());
        assertThat(many.subList(2, 7)).extracting(Cell::text).containsExactly("4", "12", "9", "30.0", "3");

        List<Cell> empty = table.rows().get(0);
        assertThat(empty.get(3).suppressed()).isFalse();
        assertThat(empty.get(3).text()).isEqualTo("0");
    }

    /** Anonymous participants come last; a few of them are withheld, with the person-hours they are part of. */
    @Test
    void anonymousParticipantsComeLastAndFewOfThemAreWithheldWithTheirHours() {
        List<MatrixCell> cells = new ArrayList<>();
        for (Mode mode : Mode.values()) {
            for (Level level : Level.values()) {
                boolean survey = mode == Mode.CO_ASSESSMENT && level == Level.COLLECTIVE;
                boolean fewAnonymous = mode == Mode.CO_DESIGN && level == Level.GROUP;
                cells.add(survey ? new MatrixCell(mode, level, 1, 0, 0, 40.0, 0, 40)
                        : fewAnonymous ? new MatrixCell(mode, level, 4, 12, 9, 33.0, 3, 2)
                        : new MatrixCell(mode, level, 0, 0, 0, 0, 0, 0));
            }
        }
        AnalysisTable table = new AnalysisTables(new Localization(Locale.ENGLISH), Suppression.standard())
                .matrix(new ModeLevelMatrix(AnalysisFilter.all(), cells));

        assertThat(table.columns()).extracting(Column::id).containsExactly("mode", "level", "activities",
                "participants", "layParticipants", "personHours", "groupsPresent", "anonymousParticipants");
        List<Cell> survey = table.rows().get(Mode.CO_ASSESSMENT.ordinal() * 3 + Level.COLLECTIVE.ordinal());
        assertThat(survey.subList(2, 8)).extracting(Cell::text).containsExactly("1", "0", "0", "40.0", "0", "40");
        List<Cell> few = table.rows().get(Mode.CO_DESIGN.ordinal() * 3 + Level.GROUP.ordinal());
        assertThat(few.subList(2, 8)).extracting(Cell::text).containsExactly("4", "12", "9", "<5", "3", "<5");
        assertThat(few.get(5).suppressed()).isTrue();
        assertThat(few.get(7).value()).isNull();
    }
}
