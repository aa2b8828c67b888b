package org.inclusio.logic.edit;

/**
 * What is wrong with one field of a form, in plain words.
 *
 * @param field   the field's name as the form knows it (e.g. {@code "heldOn"})
 * @param message the sentence shown next to the field
 */
public record FieldProblem(String field, String message) {
}
