package org.inclusio.logic.team;

import io.ebean.Database;
import java.time.LocalDate;
import java.util.UUID;
import org.inclusio.model.Activity;
import org.inclusio.model.DisadvantagedGroup;
import org.inclusio.model.Level;
import org.inclusio.model.Mode;
import org.inclusio.model.Person;
import org.inclusio.model.PersonRole;
import org.inclusio.model.ProcessTeam;
import org.inclusio.model.RecruitmentRoute;

/** Writes the few records the team tests need straight into a store. */
final class TeamFixture {

    private final Database db;

    TeamFixture(Database db) {
        this.db = db;
    }

    UUID person(String code, PersonRole role, RecruitmentRoute route) {
        Person person = new Person();
        person.setCode(code);
        person.setRole(role);
        person.setRecruitmentRoute(route);
        db.save(person);
        return person.getId();
    }

    UUID group(String code, String name) {
        DisadvantagedGroup group = new DisadvantagedGroup();
        group.setCode(code);
        group.setName(name);
        db.save(group);
        return group.getId();
    }

    UUID activity(UUID teamId, String title, LocalDate heldOn) {
        Activity activity = new Activity();
        activity.setTitle(title);
        activity.setHeldOn(heldOn);
        activity.setDurationMinutes(60);
        activity.setMode(Mode.CO_DESIGN);
        activity.setLevel(Level.GROUP);
        activity.setTeam(db.reference(ProcessTeam.class, teamId));
        db.save(activity);
        return activity.getId();
    }
}
