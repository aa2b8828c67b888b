package org.inclusio.app;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import org.inclusio.gui.activity.ActivityEditorViewModel;
import org.inclusio.gui.main.Area;
import org.inclusio.gui.person.PersonEditorViewModel;
import org.inclusio.gui.team.OrganisationEditorViewModel;
import org.inclusio.gui.team.TeamEditorViewModel;

/**
 * The unsaved work of a window's editors, taken when the window is built again in another language: each part
 * puts its work (with the pick lists it needs) into the new editor of its kind, once.
 */
final class CarriedWork {

    private Consumer<ActivityEditorViewModel> activity;
    private Consumer<TeamEditorViewModel> team;
    private Consumer<OrganisationEditorViewModel> organisation;
    private Consumer<PersonEditorViewModel> person;

    void carryActivity(Consumer<ActivityEditorViewModel> resume) {
        activity = resume;
    }

    void carryTeam(Consumer<TeamEditorViewModel> resume) {
        team = resume;
    }

    void carryOrganisation(Consumer<OrganisationEditorViewModel> resume) {
        organisation = resume;
    }

    void carryPerson(Consumer<PersonEditorViewModel> resume) {
        person = resume;
    }

    /** The areas whose screens hold carried work, to be built at once. */
    Set<Area> areas() {
        Set<Area> areas = EnumSet.noneOf(Area.class);
        if (activity != null) {
            areas.add(Area.ACTIVITIES);
        }
        if (team != null || organisation != null) {
            areas.add(Area.TEAMS);
        }
        if (person != null) {
            areas.add(Area.PEOPLE);
        }
        return areas;
    }

    void resumeActivity(ActivityEditorViewModel editor) {
        if (activity != null) {
            activity.accept(editor);
            activity = null;
        }
    }

    void resumeTeam(TeamEditorViewModel editor) {
        if (team != null) {
            team.accept(editor);
            team = null;
        }
    }

    void resumeOrganisation(OrganisationEditorViewModel editor) {
        if (organisation != null) {
            organisation.accept(editor);
            organisation = null;
        }
    }

    void resumePerson(PersonEditorViewModel editor) {
        if (person != null) {
            person.accept(editor);
            person = null;
        }
    }
}
