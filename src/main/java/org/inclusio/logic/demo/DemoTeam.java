package org.inclusio.logic.demo;

import java.util.UUID;

/**
 * A process team of the demo region as the generator remembers it: who sits on it, which patients
 * it can invite, and, for the pattern of the patient who never comes, how often they were invited.
 */
final class DemoTeam {

    final int index;
    final UUID id;
    final int organisation;
    final TeamProfile profile;
    final String name;

    int[] professionals = new int[0];
    int[] layMembers = new int[0];
    /** Lay people who are not members and whom the team invites to workshops, courses and care. */
    int[] pool = new int[0];
    /** The patient invited again and again who never comes, or -1. */
    int absentee = -1;
    int absenteeInvitations;
    UUID absenteeFirstActivity;

    DemoTeam(int index, UUID id, int organisation, TeamProfile profile, String name) {
        this.index = index;
        this.id = id;
        this.organisation = organisation;
        this.profile = profile;
        this.name = name;
    }

    int members() {
        return professionals.length + layMembers.length;
    }
}
