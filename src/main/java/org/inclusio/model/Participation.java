package org.inclusio.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One person at one activity: whether and how they were invited, which accommodations were
 * offered, whether they attended, the barriers they met, how often they spoke and asked, and
 * their own rating of having been heard.
 */
@Entity
@Table(name = "participation", uniqueConstraints = @UniqueConstraint(columnNames = {"activity_id", "person_id"}))
public class Participation extends BaseEntity {

    @ManyToOne(optional = false)
    private Activity activity;

    @ManyToOne(optional = false)
    private Person person;

    private boolean invited;

    private LocalDate invitedOn;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private InvitationChannel invitationChannel;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private AttendanceStatus attendance;

    @Column(length = 500)
    private String absenceReason;

    private int speakingTurns;

    private int questions;

    private Integer heardRating;

    private Integer expressRating;

    @ManyToMany
    @JoinTable(name = "participation_barrier")
    private List<Barrier> barriersMet = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "participation_accommodation")
    private List<Accommodation> accommodationsOffered = new ArrayList<>();

    public Activity getActivity() {
        return activity;
    }

    public void setActivity(Activity activity) {
        this.activity = activity;
    }

    public Person getPerson() {
        return person;
    }

    public void setPerson(Person person) {
        this.person = person;
    }

    public boolean isInvited() {
        return invited;
    }

    public void setInvited(boolean invited) {
        this.invited = invited;
    }

    public LocalDate getInvitedOn() {
        return invitedOn;
    }

    public void setInvitedOn(LocalDate invitedOn) {
        this.invitedOn = invitedOn;
    }

    public InvitationChannel getInvitationChannel() {
        return invitationChannel;
    }

    public void setInvitationChannel(InvitationChannel invitationChannel) {
        this.invitationChannel = invitationChannel;
    }

    public AttendanceStatus getAttendance() {
        return attendance;
    }

    public void setAttendance(AttendanceStatus attendance) {
        this.attendance = attendance;
    }

    public String getAbsenceReason() {
        return absenceReason;
    }

    public void setAbsenceReason(String absenceReason) {
        this.absenceReason = absenceReason;
    }

    public int getSpeakingTurns() {
        return speakingTurns;
    }

    public void setSpeakingTurns(int speakingTurns) {
        this.speakingTurns = speakingTurns;
    }

    public int getQuestions() {
        return questions;
    }

    public void setQuestions(int questions) {
        this.questions = questions;
    }

    public Integer getHeardRating() {
        return heardRating;
    }

    public void setHeardRating(Integer heardRating) {
        this.heardRating = heardRating;
    }

    public Integer getExpressRating() {
        return expressRating;
    }

    public void setExpressRating(Integer expressRating) {
        this.expressRating = expressRating;
    }

    public List<Barrier> getBarriersMet() {
        return barriersMet;
    }

    public void setBarriersMet(List<Barrier> barriersMet) {
        this.barriersMet = barriersMet;
    }

    public List<Accommodation> getAccommodationsOffered() {
        return accommodationsOffered;
    }

    public void setAccommodationsOffered(List<Accommodation> accommodationsOffered) {
        this.accommodationsOffered = accommodationsOffered;
    }
}
