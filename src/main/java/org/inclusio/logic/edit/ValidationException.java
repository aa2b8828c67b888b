package org.inclusio.logic.edit;

import java.util.List;
import java.util.stream.Collectors;

/** A record was not saved because some of its fields are not valid; nothing was written. */
public class ValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;

    public ValidationException(List<FieldProblem> problems) {
        super(problems.stream().map(FieldProblem::message).collect(Collectors.joining(" ")));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
