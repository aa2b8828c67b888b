package org.inclusio.logic.demo;

import java.time.LocalDate;

/**
 * What a demo load wrote: counts of each kind of record, and the day the generated year ends on
 * (activities lie in the year before it; proposal outcomes are judged as of it).
 */
public record DemoSummary(
        long organisations,
        long processTeams,
        long people,
        long activities,
        long participations,
        long proposals,
        long exclusionFlags,
        LocalDate referenceDate) {
}
