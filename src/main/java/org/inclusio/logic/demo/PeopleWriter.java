package org.inclusio.logic.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inclusio.logic.task.CancelledException;
import org.inclusio.model.BuiltInGroup;
import org.inclusio.model.CareLevel;
import org.inclusio.model.Consent;
import org.inclusio.model.ConsentScope;
import org.inclusio.model.EducationLevel;
import org.inclusio.model.GroupMembership;
import org.inclusio.model.Person;
import org.inclusio.model.PersonIdentity;
import org.inclusio.model.PersonRole;
import org.inclusio.model.ProcessTeam;
import org.inclusio.model.RecruitmentRoute;
import org.inclusio.model.TeamMembership;

/**
 * Writes the demo region's people: each team's professionals and lay members (with their seats on
 * the team), one facilitator per organisation, and the patients, relatives and citizens the teams
 * invite. Lay people get consents and self-identified group memberships (only under a consent
 * still in force) and some get a fictional identity record.
 */
final class PeopleWriter {

    private static final CareLevel[] CARE_LEVELS = {
        CareLevel.SPECIALIST_OUTPATIENT, CareLevel.PRIMARY_CARE, CareLevel.HOSPITAL_INPATIENT,
        CareLevel.MUNICIPAL_CARE, CareLevel.PRIMARY_CARE, CareLevel.SPECIALIST_OUTPATIENT, CareLevel.MUNICIPAL_CARE
    };
    private static final RecruitmentRoute[] POOL_ROUTES = {
        RecruitmentRoute.HAND_PICKED, RecruitmentRoute.HAND_PICKED, RecruitmentRoute.HAND_PICKED,
        RecruitmentRoute.PATIENT_LIBRARY, RecruitmentRoute.PEER_REFERRAL, RecruitmentRoute.OPEN_CALL,
        RecruitmentRoute.OPEN_CALL, RecruitmentRoute.RANDOM_SELECTION
    };
    private static final EducationLevel[] POOL_EDUCATION = {
        EducationLevel.COMPULSORY, EducationLevel.COMPULSORY, EducationLevel.COMPULSORY,
        EducationLevel.UPPER_SECONDARY, EducationLevel.UPPER_SECONDARY, EducationLevel.UPPER_SECONDARY,
        EducationLevel.UPPER_SECONDARY, EducationLevel.POST_SECONDARY_SHORT, EducationLevel.POST_SECONDARY_SHORT,
        EducationLevel.UNIVERSITY
    };
    /** Chance that someone outside a team's reference groups identifies with a group. */
    private static final double BACKGROUND_SHARE = 0.04;
    /** People who volunteer are somewhat less often from the groups than the population is. */
    private static final double SELF_SELECTION = 0.8;

    private final BatchWriter out;
    private final DemoTexts texts;
    private final VocabularyRefs vocabulary;
    private final CodeSpace codes;
    private final LocalDate yearStart;
    private final Dice dice;
    private final List<DemoPerson> people = new ArrayList<>();

    PeopleWriter(BatchWriter out, DemoTexts texts, VocabularyRefs vocabulary, CodeSpace codes,
                 LocalDate yearStart, Dice dice) {
        this.out = out;
        this.texts = texts;
        this.vocabulary = vocabulary;
        this.codes = codes;
        this.yearStart = yearStart;
        this.dice = dice;
    }

    /** Writes everyone, fills in the teams' members and pools, and returns the people by index. */
    List<DemoPerson> write(List<DemoTeam> teams, int organisations, int total,
                           List<int[]> facilitators) throws CancelledException {
        for (DemoTeam team : teams) {
            team.professionals = new int[team.profile.professionals()];
            for (int i = 0; i < team.professionals.length; i++) {
                team.professionals[i] = professional(team, i);
            }
        }
        for (int i = 0; i < organisations; i++) {
            facilitators.add(new int[] {facilitator()});
        }
        for (DemoTeam team : teams) {
            List<LaySeat> seats = team.profile.laySeats();
            team.layMembers = new int[seats.size()];
            for (int i = 0; i < seats.size(); i++) {
                team.layMembers[i] = layMember(team, seats.get(i));
            }
        }
        int poolSize = total - people.size();
        List<List<Integer>> pools = new ArrayList<>();
        teams.forEach(team -> pools.add(new ArrayList<>()));
        for (int i = 0; i < poolSize; i++) {
            DemoTeam home = teams.get(i % teams.size());
            boolean absentee = home.profile.languageAbsentee() && home.absentee < 0;
            int index = absentee ? absentee() : poolPerson(home.profile);
            if (absentee) {
                home.absentee = index;
            } else {
                pools.get(home.index).add(index);
            }
        }
        for (DemoTeam team : teams) {
            team.pool = pools.get(team.index).stream().mapToInt(Integer::intValue).toArray();
        }
        return people;
    }

    private int professional(DemoTeam team, int seat) throws CancelledException {
        Person person = person(codes.nextProfessional(), PersonRole.PROFESSIONAL, null, true,
                EducationLevel.UNIVERSITY, null);
        CareLevel level = CARE_LEVELS[seat % CARE_LEVELS.length];
        TeamMembership membership = membership(team, person);
        membership.setProfession(texts.item("team." + team.profile.key() + ".professions", seat));
        membership.setAreaOfCare(texts.pick("area." + level.name(), dice));
        membership.setCareLevel(level);
        out.insert(membership);
        return remember(person, 0);
    }

    private int facilitator() throws CancelledException {
        Person person = person(codes.nextProfessional(), PersonRole.PROFESSIONAL, null, true,
                EducationLevel.UNIVERSITY, null);
        return remember(person, 0);
    }

    private int layMember(DemoTeam team, LaySeat seat) throws CancelledException {
        String association = seat.fromAssociation() ? texts.text("team." + team.profile.key() + ".association") : null;
        Person person = person(codes.nextLay(), seat.role(), seat.route(), seat.paid(), seat.education(), association);
        out.insert(membership(team, person));
        int groups = consentAndGroups(person, seat.groups(), true);
        identity(person);
        return remember(person, groups);
    }

    private int absentee() throws CancelledException {
        Person person = person(codes.nextLay(), PersonRole.PATIENT, RecruitmentRoute.RANDOM_SELECTION, false,
                EducationLevel.COMPULSORY, null);
        int groups = consentAndGroups(person, List.of(BuiltInGroup.NON_NATIVE_SPEAKERS, BuiltInGroup.OLDER_PEOPLE),
                true);
        return remember(person, groups);
    }

    private int poolPerson(TeamProfile home) throws CancelledException {
        PersonRole role = dice.chance(0.72) ? PersonRole.PATIENT
                : dice.chance(0.57) ? PersonRole.RELATIVE : PersonRole.CITIZEN;
        List<BuiltInGroup> groups = new ArrayList<>();
        for (BuiltInGroup group : BuiltInGroup.values()) {
            if (group != home.absentGroup() && dice.chance(identifyChance(home, group))) {
                groups.add(group);
            }
        }
        EducationLevel education = groups.contains(BuiltInGroup.LOW_EDUCATION)
                ? EducationLevel.COMPULSORY : dice.pick(POOL_EDUCATION);
        Person person = person(codes.nextLay(), role, dice.pick(POOL_ROUTES), home.goodPractice(), education, null);
        int recorded = dice.chance(0.75) ? consentAndGroups(person, groups, false) : 0;
        if (dice.chance(0.12)) {
            identity(person);
        }
        return remember(person, recorded);
    }

    private static double identifyChance(TeamProfile home, BuiltInGroup group) {
        if (group == home.homeGroup()) {
            return 0.5;
        }
        Double share = home.referenceShares().get(group);
        return share == null ? BACKGROUND_SHARE : share * SELF_SELECTION;
    }

    private Person person(String code, PersonRole role, RecruitmentRoute route, boolean paid,
                          EducationLevel education, String association) {
        Person person = new Person();
        person.setId(out.newId());
        person.setCode(code);
        person.setRole(role);
        person.setRecruitmentRoute(route);
        person.setPaid(paid);
        person.setLeadPatient(role == PersonRole.LEAD_PATIENT);
        person.setEducation(education);
        person.setAssociation(association);
        out.insert(person);
        return person;
    }

    private TeamMembership membership(DemoTeam team, Person person) {
        TeamMembership membership = new TeamMembership();
        membership.setTeam(out.reference(ProcessTeam.class, team.id));
        membership.setPerson(person);
        membership.setJoinedOn(yearStart.minusDays(dice.between(30, 1200)));
        return membership;
    }

    /**
     * Records a consent and, while it is in force, the groups the person identifies with. A few
     * consents are withdrawn; their memberships are then not kept.
     *
     * @return the groups recorded, as bits
     */
    private int consentAndGroups(Person person, List<BuiltInGroup> groups, boolean keep) {
        Consent consent = new Consent();
        consent.setId(out.newId());
        consent.setPerson(person);
        consent.setGivenOn(yearStart.minusDays(dice.between(10, 400)));
        consent.setScope(dice.chance(0.3) ? ConsentScope.EQUALITY_MONITORING_AND_CONTACT
                : ConsentScope.EQUALITY_MONITORING);
        boolean withdrawn = !keep && dice.chance(0.05);
        if (withdrawn) {
            consent.setWithdrawnOn(yearStart.plusDays(dice.between(10, 300)));
        }
        out.insert(consent);
        if (withdrawn) {
            return 0;
        }
        int bits = 0;
        for (BuiltInGroup group : groups) {
            GroupMembership membership = new GroupMembership();
            membership.setPerson(person);
            membership.setGroup(vocabulary.group(group));
            membership.setConsent(consent);
            out.insert(membership);
            bits |= DemoPerson.groupBit(group);
        }
        return bits;
    }

    private void identity(Person person) {
        String first = texts.pick("names.first", dice);
        String last = texts.pick("names.last", dice);
        PersonIdentity identity = new PersonIdentity();
        identity.setPerson(person);
        identity.setFullName(first + " " + last);
        identity.setEmail((first + "." + last + dice.between(1, 99)).toLowerCase(Locale.ROOT) + "@example.invalid");
        out.insert(identity);
    }

    private int remember(Person person, int groups) throws CancelledException {
        people.add(new DemoPerson(person.getId(), person.getRole(), person.isPaid(), groups));
        out.step();
        return people.size() - 1;
    }
}
