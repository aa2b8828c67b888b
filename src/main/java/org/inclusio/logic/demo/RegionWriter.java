package org.inclusio.logic.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.inclusio.logic.task.CancelledException;

/**
 * Writes the demo region's organisations, process teams and people, and hands back the region
 * as the activity generator needs it.
 */
final class RegionWriter {

    private final BatchWriter out;
    private final DemoTexts texts;
    private final VocabularyRefs vocabulary;
    private final CodeSpace codes;
    private final LocalDate referenceDate;

    RegionWriter(BatchWriter out, DemoTexts texts, VocabularyRefs vocabulary, CodeSpace codes,
                 LocalDate referenceDate) {
        this.out = out;
        this.texts = texts;
        this.vocabulary = vocabulary;
        this.codes = codes;
        this.referenceDate = referenceDate;
    }

    Region write(DemoScale scale, Set<String> organisationNamesTaken, Dice dice) throws CancelledException {
        TeamWriter teamWriter = new TeamWriter(out, texts, vocabulary, organisationNamesTaken);
        List<UUID> organisations = teamWriter.writeOrganisations(scale.organisations());
        List<DemoTeam> teams = teamWriter.writeTeams(scale.teams(), organisations, referenceDate.getYear() - 1, dice);
        out.flush();

        LocalDate yearStart = referenceDate.minusDays(365);
        List<int[]> facilitators = new ArrayList<>();
        List<DemoPerson> people = new PeopleWriter(out, texts, vocabulary, codes, yearStart, dice)
                .write(teams, organisations.size(), scale.people(), facilitators);
        out.flush();

        List<int[]> staff = new ArrayList<>();
        for (int i = 0; i < organisations.size(); i++) {
            int organisation = i;
            staff.add(teams.stream().filter(team -> team.organisation == organisation)
                    .flatMapToInt(team -> IntStream.of(team.professionals)).toArray());
        }
        int[] collectivePool = teams.stream().flatMapToInt(team -> IntStream.of(team.pool)).toArray();
        return new Region(organisations, facilitators, staff, teams, people, collectivePool, referenceDate);
    }
}
