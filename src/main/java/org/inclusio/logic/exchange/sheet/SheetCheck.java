package org.inclusio.logic.exchange.sheet;

import java.util.List;

/**
 * The result of checking (dry run) or importing a spreadsheet: how many rows it has, every
 * problem found by row and column, and how many records were written (0 in a dry run, and when
 * there were problems).
 */
public record SheetCheck(SheetKind kind, int rows, List<RowProblem> problems, int imported, boolean dryRun) {

    public SheetCheck {
        problems = List.copyOf(problems);
    }

    /** Whether the rows could be imported as they are. */
    public boolean clean() {
        return problems.isEmpty();
    }
}
