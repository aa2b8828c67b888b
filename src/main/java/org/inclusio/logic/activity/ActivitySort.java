package org.inclusio.logic.activity;

/** The columns the activity register can be sorted by, with the SQL expression of each. */
public enum ActivitySort {
    DATE("a.held_on"),
    TITLE("lower(a.title)"),
    MODE("a.mode"),
    LEVEL("a.level"),
    TEAM("lower(t.name)"),
    ATTENDED("attended"),
    OPEN_FLAGS("open_flags");

    private final String expression;

    ActivitySort(String expression) {
        this.expression = expression;
    }

    String expression() {
        return expression;
    }
}
