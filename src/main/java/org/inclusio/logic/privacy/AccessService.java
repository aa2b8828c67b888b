package org.inclusio.logic.privacy;

import io.ebean.Database;
import io.ebean.Transaction;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.inclusio.logic.store.Vocabulary;
import org.inclusio.logic.store.VocabularyTexts;
import org.inclusio.model.AttendanceStatus;
import org.inclusio.model.CareLevel;
import org.inclusio.model.ConsentScope;
import org.inclusio.model.EducationLevel;
import org.inclusio.model.InvitationChannel;
import org.inclusio.model.Level;
import org.inclusio.model.Mode;
import org.inclusio.model.PersonRole;
import org.inclusio.model.ProposalOutcome;
import org.inclusio.model.RecruitmentRoute;

/**
 * Reads everything the store holds about one person (GDPR art. 15), including what is in the trash, in
 * one read transaction so the parts agree.
 */
public final class AccessService {

    private final Database db;
    private final Clock clock;
    private final VocabularyTexts texts;

    public AccessService(Database db, Clock clock) {
        this(db, clock, VocabularyTexts.ofDefaultLocale());
    }

    /** A service naming built-in groups, barriers and accommodations with {@code texts}. */
    public AccessService(Database db, Clock clock, VocabularyTexts texts) {
        this.db = db;
        this.clock = clock;
        this.texts = texts;
    }

    /**
     * The report on the person.
     *
     * @throws PersonNotFoundException when the person does not exist
     */
    public AccessReport report(UUID personId) {
        try (Transaction transaction = db.beginTransaction()) {
            transaction.setReadOnly(true);
            AccessReport.Register register = db.sqlQuery("select code, role, recruitment_route, paid, lead_patient,"
                            + " association, education, deleted, when_created, when_modified from person where id = :p")
                    .setParameter("p", personId)
                    .mapTo((rs, n) -> new AccessReport.Register(rs.getString(1), PersonRole.valueOf(rs.getString(2)),
                            value(RecruitmentRoute::valueOf, rs.getString(3)), rs.getBoolean(4), rs.getBoolean(5),
                            rs.getString(6), value(EducationLevel::valueOf, rs.getString(7)), rs.getBoolean(8),
                            instant(rs.getTimestamp(9)), instant(rs.getTimestamp(10))))
                    .findOne();
            if (register == null) {
                throw new PersonNotFoundException();
            }
            AccessReport.Identity identity = db.sqlQuery("select full_name, email, phone, postal_address"
                            + " from person_identity where person_id = :p")
                    .setParameter("p", personId)
                    .mapTo((rs, n) -> new AccessReport.Identity(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4)))
                    .findOne();
            List<AccessReport.ConsentHeld> consents = db.sqlQuery("select given_on, scope, withdrawn_on from consent"
                            + " where person_id = :p order by given_on, when_created")
                    .setParameter("p", personId)
                    .mapTo((rs, n) -> new AccessReport.ConsentHeld(date(rs, 1), ConsentScope.valueOf(rs.getString(2)),
                            date(rs, 3)))
                    .findList();
            List<AccessReport.MembershipHeld> memberships = db.sqlQuery("select g.code, g.built_in, g.name, c.given_on,"
                            + " c.withdrawn_on from group_membership m join disadvantaged_group g on g.id = m.group_id"
                            + " join consent c on c.id = m.consent_id where m.person_id = :p order by g.code")
                    .setParameter("p", personId)
                    .mapTo((rs, n) -> new AccessReport.MembershipHeld(rs.getString(1),
                            texts.name(Vocabulary.GROUPS, rs.getString(1), rs.getBoolean(2), rs.getString(3)),
                            date(rs, 4), date(rs, 5)))
                    .findList();
            List<AccessReport.SeatHeld> seats = db.sqlQuery("select t.name, m.profession, m.area_of_care,"
                            + " m.care_level, m.joined_on, m.left_on from team_membership m"
                            + " join process_team t on t.id = m.team_id where m.person_id = :p"
                            + " order by lower(t.name), m.joined_on")
                    .setParameter("p", personId)
                    .mapTo((rs, n) -> new AccessReport.SeatHeld(rs.getString(1), rs.getString(2), rs.getString(3),
                            value(CareLevel::valueOf, rs.getString(4)), date(rs, 5), date(rs, 6)))
                    .findList();
            Map<UUID, List<String>> barriers = names(Vocabulary.BARRIERS, "select pb.participation_id, b.code, b.built_in, b.name"
                    + " from participation_barrier pb"
                    + " join barrier b on b.id = pb.barrier_id join participation x on x.id = pb.participation_id"
                    + " where x.person_id = :p", personId);
            Map<UUID, List<String>> accommodations = names(Vocabulary.ACCOMMODATIONS,
                    "select pa.participation_id, c.code, c.built_in, c.name"
                    + " from participation_accommodation pa join accommodation c on c.id = pa.accommodation_id"
                    + " join participation x on x.id = pa.participation_id where x.person_id = :p", personId);
            List<AccessReport.ParticipationHeld> participations = db.sqlQuery("select x.id, a.held_on, a.title,"
                            + " t.name, a.mode, a.level, a.deleted, x.invited, x.invited_on, x.invitation_channel,"
                            + " x.attendance, x.absence_reason, x.speaking_turns, x.questions, x.heard_rating,"
                            + " x.express_rating from participation x join activity a on a.id = x.activity_id"
                            + " left join process_team t on t.id = a.team_id where x.person_id = :p"
                            + " order by a.held_on, lower(a.title), a.id")
                    .setParameter("p", personId)
                    .mapTo((rs, n) -> {
                        UUID id = rs.getObject(1, UUID.class);
                        return new AccessReport.ParticipationHeld(date(rs, 2), rs.getString(3), rs.getString(4),
                                Mode.valueOf(rs.getString(5)), Level.valueOf(rs.getString(6)), rs.getBoolean(7),
                                rs.getBoolean(8), date(rs, 9), value(InvitationChannel::valueOf, rs.getString(10)),
                                value(AttendanceStatus::valueOf, rs.getString(11)), rs.getString(12), rs.getInt(13),
                                rs.getInt(14), integer(rs, 15), integer(rs, 16), barriers.getOrDefault(id, List.of()),
                                accommodations.getOrDefault(id, List.of()));
                    })
                    .findList();
            List<AccessReport.ProposalHeld> proposals = db.sqlQuery("select a.held_on, a.title, p.content, p.outcome,"
                            + " p.outcome_on, p.outcome_reason from proposal p join activity a on a.id = p.activity_id"
                            + " where p.proposer_id = :p order by a.held_on, lower(a.title), p.when_created")
                    .setParameter("p", personId)
                    .mapTo((rs, n) -> new AccessReport.ProposalHeld(date(rs, 1), rs.getString(2), rs.getString(3),
                            ProposalOutcome.valueOf(rs.getString(4)), date(rs, 5), rs.getString(6)))
                    .findList();
            return new AccessReport(clock.instant(), register, identity, consents, memberships, seats, participations,
                    proposals);
        }
    }

    /** The names (as the reader sees them, in order) of the vocabulary entries per participation. */
    private Map<UUID, List<String>> names(Vocabulary<?> vocabulary, String sql, UUID personId) {
        Map<UUID, List<String>> names = new HashMap<>();
        db.sqlQuery(sql).setParameter("p", personId)
                .mapTo((rs, n) -> Map.entry(rs.getObject(1, UUID.class),
                        texts.name(vocabulary, rs.getString(2), rs.getBoolean(3), rs.getString(4))))
                .findList()
                .forEach(entry -> names.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(entry.getValue()));
        names.values().forEach(list -> list.sort(null));
        return names;
    }

    private static <T> T value(Function<String, T> parse, String text) {
        return text == null ? null : parse.apply(text);
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
