package org.inclusio.model;

import io.ebean.annotation.SoftDelete;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * An observation of external or internal exclusion on an activity or a team, raised by hand or by
 * a rule, with the group affected, the evidence, its severity, status and the mitigation planned.
 */
@Entity
@Table(name = "exclusion_flag")
public class ExclusionFlag extends BaseEntity {

    @ManyToOne
    private Activity activity;

    @ManyToOne
    private ProcessTeam team;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private ExclusionKind kind;

    @ManyToOne
    private DisadvantagedGroup group;

    @Column(nullable = false, length = 4000)
    private String observation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Severity severity = Severity.MEDIUM;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private FlagStatus status = FlagStatus.OPEN;

    @Column(length = 4000)
    private String mitigation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private FlagOrigin origin = FlagOrigin.MANUAL;

    @Column(length = 80)
    private String ruleCode;

    @Column(length = 4000)
    private String evidence;

    /** The message key of an automatic flag's evidence; the words are put together when read. */
    @Column(length = 200)
    private String evidenceKey;

    /** The typed values an automatic flag's evidence quotes, as a JSON array. */
    @Column(length = 4000)
    private String evidenceArguments;

    @Column(length = 2000)
    private String statusReason;

    /** Why the program changed the status, as a code (e.g. the finding no longer holds), instead of words. */
    @Column(length = 40)
    private String statusReasonCode;

    private LocalDate observedOn;

    @SoftDelete
    private boolean deleted;

    public Activity getActivity() {
        return activity;
    }

    public void setActivity(Activity activity) {
        this.activity = activity;
    }

    public ProcessTeam getTeam() {
        return team;
    }

    public void setTeam(ProcessTeam team) {
        this.team = team;
    }

    public ExclusionKind getKind() {
        return kind;
    }

    public void setKind(ExclusionKind kind) {
        this.kind = kind;
    }

    public DisadvantagedGroup getGroup() {
        return group;
    }

    public void setGroup(DisadvantagedGroup group) {
        this.group = group;
    }

    public String getObservation() {
        return observation;
    }

    public void setObservation(String observation) {
        this.observation = observation;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public FlagStatus getStatus() {
        return status;
    }

    public void setStatus(FlagStatus status) {
        this.status = status;
    }

    public String getMitigation() {
        return mitigation;
    }

    public void setMitigation(String mitigation) {
        this.mitigation = mitigation;
    }

    public FlagOrigin getOrigin() {
        return origin;
    }

    public void setOrigin(FlagOrigin origin) {
        this.origin = origin;
    }

    public String getRuleCode() {
        return ruleCode;
    }

    public void setRuleCode(String ruleCode) {
        this.ruleCode = ruleCode;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public String getEvidenceKey() {
        return evidenceKey;
    }

    public void setEvidenceKey(String evidenceKey) {
        this.evidenceKey = evidenceKey;
    }

    public String getEvidenceArguments() {
        return evidenceArguments;
    }

    public void setEvidenceArguments(String evidenceArguments) {
        this.evidenceArguments = evidenceArguments;
    }

    public String getStatusReasonCode() {
        return statusReasonCode;
    }

    public void setStatusReasonCode(String statusReasonCode) {
        this.statusReasonCode = statusReasonCode;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public void setStatusReason(String statusReason) {
        this.statusReason = statusReason;
    }

    public LocalDate getObservedOn() {
        return observedOn;
    }

    public void setObservedOn(LocalDate observedOn) {
        this.observedOn = observedOn;
    }

    public boolean isDeleted() {
        return deleted;
    }

    public void setDeleted(boolean deleted) {
        this.deleted = deleted;
    }
}
