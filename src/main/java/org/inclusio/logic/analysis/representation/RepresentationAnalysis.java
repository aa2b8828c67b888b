package org.inclusio.logic.analysis.representation;

import io.ebean.Database;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import org.inclusio.logic.analysis.Count;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.UUID;
import org.inclusio.logic.analysis.AnalysisFilter;
import org.inclusio.logic.analysis.AnalysisSql;
import org.inclusio.logic.analysis.Estimate;
import org.inclusio.logic.analysis.GroupRef;
import org.inclusio.logic.analysis.ReferenceFigure;
import org.inclusio.logic.analysis.Suppression;
import org.inclusio.logic.analysis.TeamScope;
import org.inclusio.persistence.analytics.AggregateReader;
import org.inclusio.persistence.analytics.StoreAggregates;

/**
 * Equality of representation and of influence per disadvantaged group, per team and optionally per
 * mode, level or period, aggregated in the database.
 *
 * <p>Representation: among the distinct lay people who attended the slice's activities, the share
 * who belong to the group, with a 95% Wilson score interval (see
 * {@link org.inclusio.logic.analysis.WilsonScore}), divided by the group's reference share for the
 * team (the latest population year); the ratio's interval is the share's interval divided by the
 * reference share. Without a reference share above 0 the ratio is undefined.
 *
 * <p>Influence: the group's share of adopted (ADOPTED or PARTLY_ADOPTED) proposals by lay people
 * (proposals without a proposer are left out) against its share of lay attendances; a proposal or
 * attendance of a person in two groups counts for both.
 *
 * <p>Every count is passed through the {@link Suppression} policy; a suppressed count suppresses
 * each share and ratio derived from it. A group's count is withheld also when the rest of the slice
 * (the lay people, attendances or adopted proposals outside the group) is a small count, and the counts
 * of influence, which add up over the slices of a breakdown, are protected by secondary suppression
 * ({@link LineProtection}) so that no withheld count follows from the whole period's figure. Rows come for every slice with activities and every active
 * group (only the filter's group when it has one), ordered by team name, slice and group code.
 */
public final class RepresentationAnalysis {

    private static final String LAY_ATTENDANCES = "from participation pa join activity a on a.id = pa.activity_id"
            + " left join person p on p.id = pa.person_id";
    private static final String LAY_ATTENDED = AnalysisSql.lay("p") + " and " + AnalysisSql.attended("pa");
    private static final String LAY_PROPOSALS = "from proposal pr join activity a on a.id = pr.activity_id"
            + " join person p on p.id = pr.proposer_id";
    private static final String ADOPTED_BY_LAY = AnalysisSql.lay("p") + " and pr.outcome in "
            + AnalysisSql.ADOPTED_OUTCOMES;

    private static final Comparator<String> TEAM_NAMES = Comparator.nullsLast(Comparator.naturalOrder());

    private final Database database;
    private final AggregateReader aggregates;
    private final Suppression suppression;

    /** Reads the aggregates from the store itself. */
    public RepresentationAnalysis(Database database, Suppression suppression) {
        this(database, new StoreAggregates(database), suppression);
    }

    /** @param aggregates where the counts are aggregated; groups and reference shares are read from the store */
    public RepresentationAnalysis(Database database, AggregateReader aggregates, Suppression suppression) {
        this.database = database;
        this.aggregates = aggregates;
        this.suppression = suppression;
    }

    /** Equality of representation: each group's share of distinct lay attendees against its reference share. */
    public List<RepresentationRow> representation(AnalysisFilter filter, Breakdown breakdown) {
        SliceCounts counts = new SliceCounts(aggregates, filter, breakdown);
        Map<Slice, Long> participants = counts.count("count(distinct pa.person_id)", LAY_ATTENDANCES, LAY_ATTENDED);
        Map<Slice, Map<UUID, Long>> members = counts.countByGroup("count(distinct pa.person_id)", LAY_ATTENDANCES,
                LAY_ATTENDED, "pa.person_id");
        Map<List<UUID>, Double> references = new HashMap<>();
        ReferenceFigure.latest(database, TeamScope.of(filter), filter.groupId())
                .forEach(r -> references.put(List.of(r.teamId(), r.groupId()), r.share()));
        List<GroupRef> groups = GroupRef.active(database, filter.groupId());

        List<RepresentationRow> rows = new ArrayList<>();
        counts.slices().forEach((slice, teamName) -> {
            long all = participants.getOrDefault(slice, 0L);
            for (GroupRef group : groups) {
                long inGroup = members.getOrDefault(slice, Map.of()).getOrDefault(group.id(), 0L);
                Estimate share = suppression.share(inGroup, all);
                Double reference = slice.teamId() == null ? null : references.get(List.of(slice.teamId(), group.id()));
                rows.add(new RepresentationRow(slice, teamName, group, suppression.part(inGroup, all),
                        suppression.count(all), share,
                        reference == null ? OptionalDouble.empty() : OptionalDouble.of(reference),
                        reference == null ? Estimate.undefined() : share.dividedBy(reference)));
            }
        });
        rows.sort(Comparator.comparing(RepresentationRow::teamName, TEAM_NAMES)
                .thenComparing(RepresentationRow::slice, Slice.ORDER).thenComparing(r -> r.group().code()));
        return rows;
    }

    /** Equality of influence: each group's share of adopted lay proposals against its share of lay attendances. */
    public List<InfluenceRow> influence(AnalysisFilter filter, Breakdown breakdown) {
        SliceCounts counts = new SliceCounts(aggregates, filter, breakdown);
        Map<Slice, Long> attendances = counts.count("count(*)", LAY_ATTENDANCES, LAY_ATTENDED);
        Map<Slice, Map<UUID, Long>> groupAttendances = counts.countByGroup("count(*)", LAY_ATTENDANCES,
                LAY_ATTENDED, "pa.person_id");
        Map<Slice, Long> adopted = counts.count("count(*)", LAY_PROPOSALS, ADOPTED_BY_LAY);
        Map<Slice, Map<UUID, Long>> groupAdopted = counts.countByGroup("count(*)", LAY_PROPOSALS, ADOPTED_BY_LAY,
                "pr.proposer_id");
        List<GroupRef> groups = GroupRef.active(database, filter.groupId());

        Map<Slice, String> slices = counts.slices();
        LineProtection lines = new LineProtection(suppression, breakdown);
        Map<Slice, Long> allAttendances = complete(slices, attendances);
        Map<Slice, Long> allAdopted = complete(slices, adopted);
        Set<Slice> hiddenAttendances = lines.withheld(allAttendances, null);
        Set<Slice> hiddenAdopted = lines.withheld(allAdopted, null);
        Map<UUID, Set<Slice>> hiddenGroupAttendances = new HashMap<>();
        Map<UUID, Set<Slice>> hiddenGroupAdopted = new HashMap<>();
        for (GroupRef group : groups) {
            hiddenGroupAttendances.put(group.id(), lines.withheld(ofGroup(slices, groupAttendances, group.id()),
                    allAttendances));
            hiddenGroupAdopted.put(group.id(), lines.withheld(ofGroup(slices, groupAdopted, group.id()), allAdopted));
        }

        List<InfluenceRow> rows = new ArrayList<>();
        slices.forEach((slice, teamName) -> {
            long sliceAttendances = allAttendances.get(slice);
            long sliceAdopted = allAdopted.get(slice);
            for (GroupRef group : groups) {
                long present = groupAttendances.getOrDefault(slice, Map.of()).getOrDefault(group.id(), 0L);
                long taken = groupAdopted.getOrDefault(slice, Map.of()).getOrDefault(group.id(), 0L);
                boolean adoptedHidden = hiddenGroupAdopted.get(group.id()).contains(slice)
                        || hiddenAdopted.contains(slice);
                boolean attendancesHidden = hiddenGroupAttendances.get(group.id()).contains(slice)
                        || hiddenAttendances.contains(slice);
                Estimate adoptedShare = adoptedHidden ? Estimate.suppressed() : suppression.share(taken, sliceAdopted);
                Estimate attendanceShare = attendancesHidden ? Estimate.suppressed()
                        : suppression.share(present, sliceAttendances);
                rows.add(new InfluenceRow(slice, teamName, group,
                        shown(taken, hiddenGroupAdopted.get(group.id()).contains(slice)),
                        shown(sliceAdopted, hiddenAdopted.contains(slice)), adoptedShare,
                        shown(present, hiddenGroupAttendances.get(group.id()).contains(slice)),
                        shown(sliceAttendances, hiddenAttendances.contains(slice)), attendanceShare,
                        ratio(adoptedShare, attendanceShare)));
            }
        });
        rows.sort(Comparator.comparing(InfluenceRow::teamName, TEAM_NAMES)
                .thenComparing(InfluenceRow::slice, Slice.ORDER).thenComparing(r -> r.group().code()));
        return rows;
    }

    private static Count shown(long value, boolean hidden) {
        return hidden ? Count.withheld() : Count.of(value);
    }

    private static Map<Slice, Long> complete(Map<Slice, String> slices, Map<Slice, Long> values) {
        Map<Slice, Long> complete = new LinkedHashMap<>();
        slices.keySet().forEach(slice -> complete.put(slice, values.getOrDefault(slice, 0L)));
        return complete;
    }

    private static Map<Slice, Long> ofGroup(Map<Slice, String> slices, Map<Slice, Map<UUID, Long>> values, UUID group) {
        Map<Slice, Long> complete = new LinkedHashMap<>();
        slices.keySet().forEach(slice -> complete.put(slice,
                values.getOrDefault(slice, Map.of()).getOrDefault(group, 0L)));
        return complete;
    }

    /** Suppressed if either share is; undefined if either is undefined or the attendance share is 0. */
    static Estimate ratio(Estimate adoptedShare, Estimate attendanceShare) {
        if (adoptedShare.status() == Estimate.Status.SUPPRESSED
                || attendanceShare.status() == Estimate.Status.SUPPRESSED) {
            return Estimate.suppressed();
        }
        if (!adoptedShare.available() || !attendanceShare.available()) {
            return Estimate.undefined();
        }
        return adoptedShare.dividedBy(attendanceShare.value());
    }
}
