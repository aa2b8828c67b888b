package org.inclusio.logic.workshop;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.inclusio.model.WorkshopStage;

/**
 * Everything a live workshop screen shows, as stored: the activity, the stage, the timer, the people
 * listed (ordered by code) and the proposals noted (in the order they were made).
 */
public record WorkshopSnapshot(UUID activityId, String title, LocalDate heldOn, WorkshopStage stage,
                               WorkshopTimer timer, List<WorkshopPerson> people, List<WorkshopProposal> proposals) {

    public WorkshopSnapshot {
        people = List.copyOf(people);
        proposals = List.copyOf(proposals);
    }
}
