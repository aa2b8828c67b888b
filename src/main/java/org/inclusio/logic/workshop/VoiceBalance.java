package org.inclusio.logic.workshop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.inclusio.logic.analysis.Suppression;

/**
 * The balance of voice in the room, as the live workshop shows it to everyone present: the share of
 * speaking turns taken by lay people and by staff, set beside their share of the people here, and the
 * same for each disadvantaged group, without a name or a code.
 *
 * <p>Lay and staff are roles everyone in the room sees, so their figures are always shown. Groups are
 * self-declared, so a group follows the store's {@link Suppression} policy: its line is shown only when
 * the people here who belong to it are a part of the people here that the policy shows
 * ({@link Suppression#suppressesPart}); a withheld group is not named at all.
 *
 * @param present the people checked in
 * @param turns   the speaking turns of the people checked in
 * @param lay     lay people here and their turns
 * @param staff   staff here and their turns
 * @param groups  the groups shown, largest first
 */
public record VoiceBalance(int present, int turns, Part lay, Part staff, List<GroupPart> groups) {

    public VoiceBalance {
        groups = List.copyOf(groups);
    }

    /** One person here as the balance counts them: lay or staff, the groups declared, the turns taken. */
    public record Voice(boolean lay, Set<UUID> groups, int turns) {

        public Voice {
            groups = Set.copyOf(groups);
        }
    }

    /**
     * Some of the people here and the turns they took.
     *
     * @param people how many people
     * @param turns  how many turns they took
     */
    public record Part(int people, int turns) {
    }

    /**
     * A group's part.
     *
     * @param groupId the group
     * @param part    the people here in it and their turns
     */
    public record GroupPart(UUID groupId, Part part) {
    }

    /** The balance of the people checked in under the suppression policy. */
    public static VoiceBalance of(List<Voice> here, Suppression suppression) {
        int lay = 0;
        int layTurns = 0;
        int staff = 0;
        int staffTurns = 0;
        Map<UUID, int[]> byGroup = new LinkedHashMap<>();
        for (Voice voice : here) {
            int turns = Math.max(0, voice.turns());
            if (voice.lay()) {
                lay++;
                layTurns += turns;
            } else {
                staff++;
                staffTurns += turns;
            }
            for (UUID group : voice.groups()) {
                int[] counts = byGroup.computeIfAbsent(group, id -> new int[2]);
                counts[0]++;
                counts[1] += turns;
            }
        }
        int present = here.size();
        List<GroupPart> shown = new ArrayList<>();
        byGroup.forEach((group, counts) -> {
            if (!suppression.suppressesPart(counts[0], present)) {
                shown.add(new GroupPart(group, new Part(counts[0], counts[1])));
            }
        });
        shown.sort(Comparator.comparingInt((GroupPart g) -> g.part().people()).reversed()
                .thenComparing(g -> g.groupId().toString()));
        return new VoiceBalance(present, layTurns + staffTurns, new Part(lay, layTurns), new Part(staff, staffTurns),
                shown);
    }

    /** The part's share of the turns taken, from 0 to 1; 0 while no turn was taken. */
    public double turnShare(Part part) {
        return turns == 0 ? 0 : (double) part.turns() / turns;
    }

    /** The part's share of the people here, from 0 to 1; 0 while nobody is here. */
    public double presenceShare(Part part) {
        return present == 0 ? 0 : (double) part.people() / present;
    }
}
