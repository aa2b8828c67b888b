package org.inclusio.logic.team;

/** The columns the process-team register can be sorted by, with the SQL expression of each. */
public enum TeamSort {
    NAME("lower(t.name)"),
    ORGANISATION("lower(o.name)"),
    PATIENT_GROUP("lower(t.patient_group_served)"),
    PROFESSIONALS("professionals"),
    LAY_MEMBERS("lay_members"),
    ACTIVITIES("activities");

    private final String expression;

    TeamSort(String expression) {
        this.expression = expression;
    }

    String expression() {
        return expression;
    }
}
