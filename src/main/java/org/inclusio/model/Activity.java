package org.inclusio.model;

import io.ebean.annotation.DbArray;
import io.ebean.annotation.DbDefault;
import io.ebean.annotation.Index;
import io.ebean.annotation.SoftDelete;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One coproduction activity: a meeting, workshop, survey round or delivery session, with its
 * mode, level, purpose, who was invited and took part, what was said and proposed, and what
 * became of it.
 */
@Entity
@Table(name = "activity")
public class Activity extends BaseEntity {

    @Column(length = 200, nullable = false)
    private String title;

    @Column(nullable = false)
    @Index
    private LocalDate heldOn;

    private LocalTime startTime;

    private int durationMinutes;

    /**
     * People who took part without being in the register: respondents of a survey or visitors of an
     * open meeting, counted but not known by name or group.
     */
    @DbDefault("0")
    private int anonymousParticipants;

    /** Whether speaking turns and questions were counted at this activity; when not, their zeros mean "not counted". */
    @DbDefault("true")
    private boolean talkCounted = true;

    @Column(length = 200)
    private String place;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Mode mode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Level level;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private TemporalNature temporalNatureOverride;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private VoiceOrAction contributionOverride;

    @Column(length = 2000)
    private String purpose;

    @DbArray(length = 400)
    private List<String> reasons = new ArrayList<>();

    @ManyToOne
    private ProcessTeam team;

    @ManyToOne
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private ExpectedRole expectedRole;

    @Column(length = 2000)
    private String topicsAvoided;

    @Column(length = 4000)
    private String notes;

    @ManyToMany
    @JoinTable(name = "activity_barrier")
    private List<Barrier> barriersObserved = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "activity_accommodation")
    private List<Accommodation> accommodationsGiven = new ArrayList<>();

    @OneToMany(mappedBy = "activity", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Participation> participations = new ArrayList<>();

    @OneToMany(mappedBy = "activity", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Proposal> proposals = new ArrayList<>();

    @SoftDelete
    private boolean deleted;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(int durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public int getAnonymousParticipants() {
        return anonymousParticipants;
    }

    public void setAnonymousParticipants(int anonymousParticipants) {
        this.anonymousParticipants = anonymousParticipants;
    }

    public boolean isTalkCounted() {
        return talkCounted;
    }

    public void setTalkCounted(boolean talkCounted) {
        this.talkCounted = talkCounted;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public Mode getMode() {
        return mode;
    }

    public void setMode(Mode mode) {
        this.mode = mode;
    }

    public Level getLevel() {
        return level;
    }

    public void setLevel(Level level) {
        this.level = level;
    }

    public TemporalNature getTemporalNatureOverride() {
        return temporalNatureOverride;
    }

    public void setTemporalNatureOverride(TemporalNature temporalNatureOverride) {
        this.temporalNatureOverride = temporalNatureOverride;
    }

    public VoiceOrAction getContributionOverride() {
        return contributionOverride;
    }

    public void setContributionOverride(VoiceOrAction contributionOverride) {
        this.contributionOverride = contributionOverride;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public List<String> getReasons() {
        return reasons;
    }

    public void setReasons(List<String> reasons) {
        this.reasons = reasons;
    }

    public ProcessTeam getTeam() {
        return team;
    }

    public void setTeam(ProcessTeam team) {
        this.team = team;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public void setOrganisation(Organisation organisation) {
        this.organisation = organisation;
    }

    public ExpectedRole getExpectedRole() {
        return expectedRole;
    }

    public void setExpectedRole(ExpectedRole expectedRole) {
        this.expectedRole = expectedRole;
    }

    public String getTopicsAvoided() {
        return topicsAvoided;
    }

    public void setTopicsAvoided(String topicsAvoided) {
        this.topicsAvoided = topicsAvoided;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public List<Barrier> getBarriersObserved() {
        return barriersObserved;
    }

    public void setBarriersObserved(List<Barrier> barriersObserved) {
        this.barriersObserved = barriersObserved;
    }

    public List<Accommodation> getAccommodationsGiven() {
        return accommodationsGiven;
    }

    public void setAccommodationsGiven(List<Accommodation> accommodationsGiven) {
        this.accommodationsGiven = accommodationsGiven;
    }

    public List<Participation> getParticipations() {
        return participations;
    }

    public void setParticipations(List<Participation> participations) {
        this.participations = participations;
    }

    public List<Proposal> getProposals() {
        return proposals;
    }

    public void setProposals(List<Proposal> proposals) {
        this.proposals = proposals;
    }

    public boolean isDeleted() {
        return deleted;
    }

    public void setDeleted(boolean deleted) {
        this.deleted = deleted;
    }

    /** The temporal nature: the user's override, or else what the mode usually has. */
    public TemporalNature effectiveTemporalNature() {
        return temporalNatureOverride != null ? temporalNatureOverride : mode.usualTemporalNature();
    }

    /** Voice or action: the user's override, or else what the mode usually has. */
    public VoiceOrAction effectiveContribution() {
        return contributionOverride != null ? contributionOverride : mode.usualContribution();
    }
}
