package org.inclusio.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * Something a participant proposed at an activity, and its fate: adopted, partly adopted,
 * rejected or still pending, with when and why ("you said, we did").
 */
@Entity
@Table(name = "proposal")
public class Proposal extends BaseEntity {

    @ManyToOne(optional = false)
    private Activity activity;

    @ManyToOne
    private Person proposer;

    @Column(nullable = false, length = 2000)
    private String content;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private ProposalOutcome outcome = ProposalOutcome.PENDING;

    private LocalDate outcomeOn;

    @Column(length = 2000)
    private String outcomeReason;

    public Activity getActivity() {
        return activity;
    }

    public void setActivity(Activity activity) {
        this.activity = activity;
    }

    public Person getProposer() {
        return proposer;
    }

    public void setProposer(Person proposer) {
        this.proposer = proposer;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public ProposalOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(ProposalOutcome outcome) {
        this.outcome = outcome;
    }

    public LocalDate getOutcomeOn() {
        return outcomeOn;
    }

    public void setOutcomeOn(LocalDate outcomeOn) {
        this.outcomeOn = outcomeOn;
    }

    public String getOutcomeReason() {
        return outcomeReason;
    }

    public void setOutcomeReason(String outcomeReason) {
        this.outcomeReason = outcomeReason;
    }
}
