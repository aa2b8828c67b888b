package org.inclusio.logic.person;

/** The columns the people register can be sorted by, with the SQL expression of each. */
public enum PersonSort {
    CODE("lower(p.code)"),
    ROLE("p.role"),
    RECRUITMENT_ROUTE("p.recruitment_route"),
    PAID("p.paid"),
    ATTENDED("attended");

    private final String expression;

    PersonSort(String expression) {
        this.expression = expression;
    }

    String expression() {
        return expression;
    }
}
