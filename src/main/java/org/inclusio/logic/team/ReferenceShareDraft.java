package org.inclusio.logic.team;

import java.util.UUID;

/**
 * The share of one disadvantaged group in the population a team serves, as the editor holds it:
 * in percent (0-100, at most one decimal); the store keeps it as a fraction.
 *
 * @param groupId        the disadvantaged group, or null while not chosen
 * @param percent        the share in percent, or null when not given or not a number
 * @param source         where the figure comes from, or null
 * @param populationYear the year the figure describes, or null when not given or not a number
 */
public record ReferenceShareDraft(UUID groupId, Double percent, String source, Integer populationYear) {
}
