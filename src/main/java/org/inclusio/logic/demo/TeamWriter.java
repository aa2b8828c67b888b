package org.inclusio.logic.demo;

import io.ebean.Database;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.inclusio.model.BuiltInGroup;
import org.inclusio.model.GovernanceModel;
import org.inclusio.model.Organisation;
import org.inclusio.model.ProcessTeam;
import org.inclusio.model.ReferenceShare;

/**
 * Writes the demo region's organisations (one of each governance model first) and its process
 * teams, each with the patient group it serves and the shares of disadvantaged groups in that
 * population.
 */
final class TeamWriter {

    private static final GovernanceModel[] GOVERNANCE = GovernanceModel.values();
    private static final int NAMED_ORGANISATIONS = 3;

    private final BatchWriter out;
    private final DemoTexts texts;
    private final VocabularyRefs vocabulary;
    private final Set<String> organisationNamesTaken;

    TeamWriter(BatchWriter out, DemoTexts texts, VocabularyRefs vocabulary, Set<String> organisationNamesTaken) {
        this.out = out;
        this.texts = texts;
        this.vocabulary = vocabulary;
        this.organisationNamesTaken = new HashSet<>(organisationNamesTaken);
    }

    /** The names of the organisations a store already has (they must stay unique). */
    static Set<String> organisationNames(Database database) {
        Set<String> names = new HashSet<>();
        database.sqlQuery("select name from organisation")
                .findEachRow((row, rowNumber) -> names.add(row.getString(1)));
        return names;
    }

    List<UUID> writeOrganisations(int count) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Organisation organisation = new Organisation();
            organisation.setId(out.newId());
            boolean named = i < NAMED_ORGANISATIONS;
            String number = Integer.toString(i + 1);
            organisation.setName(unique(named
                    ? texts.text("organisation." + number + ".name")
                    : texts.format("organisation.numbered.name", number)));
            organisation.setDescription(texts.text(named
                    ? "organisation." + number + ".description" : "organisation.numbered.description"));
            organisation.setGovernanceModel(GOVERNANCE[i % GOVERNANCE.length]);
            out.insert(organisation);
            ids.add(organisation.getId());
        }
        return ids;
    }

    private String unique(String name) {
        String candidate = name;
        for (int number = 2; organisationNamesTaken.contains(candidate); number++) {
            candidate = name + " (" + number + ")";
        }
        organisationNamesTaken.add(candidate);
        return candidate;
    }

    /** Teams take the six profiles in turn; two teams to an organisation, round the organisations. */
    List<DemoTeam> writeTeams(int count, List<UUID> organisations, int populationYear, Dice dice) {
        List<DemoTeam> teams = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            TeamProfile profile = TeamProfiles.forTeam(i);
            int organisation = (i / 2) % organisations.size();
            String baseName = texts.text("team." + profile.key() + ".name");
            int round = i / TeamProfiles.ALL.size();
            String name = round == 0 ? baseName : texts.format("team.numbered.name", baseName, round + 1);

            ProcessTeam team = new ProcessTeam();
            team.setId(out.newId());
            team.setName(name);
            team.setOrganisation(out.reference(Organisation.class, organisations.get(organisation)));
            team.setPatientGroupServed(texts.text("team." + profile.key() + ".patientGroup"));
            team.setDescription(texts.text("team." + profile.key() + ".description"));
            out.insert(team);
            writeShares(team, profile, populationYear, dice);
            teams.add(new DemoTeam(i, team.getId(), organisation, profile, name));
        }
        return teams;
    }

    private void writeShares(ProcessTeam team, TeamProfile profile, int populationYear, Dice dice) {
        for (Map.Entry<BuiltInGroup, Double> entry : profile.referenceShares().entrySet()) {
            ReferenceShare share = new ReferenceShare();
            share.setTeam(team);
            share.setGroup(vocabulary.group(entry.getKey()));
            share.setShare(entry.getValue());
            share.setSource(texts.pick("share.sources", dice));
            share.setPopulationYear(populationYear);
            out.insert(share);
        }
    }
}
