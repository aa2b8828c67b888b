package org.inclusio.model;

/**
 * Where in the policy cycle coproduction happens (the "Four Cos"). Each mode carries the temporal
 * nature and the kind of contribution it usually has; an activity may override both.
 */
public enum Mode implements Term {
    CO_COMMISSIONING(TemporalNature.PROSPECTIVE, VoiceOrAction.VOICE),
    CO_DESIGN(TemporalNature.PROSPECTIVE, VoiceOrAction.VOICE),
    CO_DELIVERY(TemporalNature.CONCURRENT, VoiceOrAction.ACTION),
    CO_ASSESSMENT(TemporalNature.RETROSPECTIVE, VoiceOrAction.VOICE);

    private final TemporalNature usualTemporalNature;
    private final VoiceOrAction usualContribution;

    Mode(TemporalNature usualTemporalNature, VoiceOrAction usualContribution) {
        this.usualTemporalNature = usualTemporalNature;
        this.usualContribution = usualContribution;
    }

    public TemporalNature usualTemporalNature() {
        return usualTemporalNature;
    }

    public VoiceOrAction usualContribution() {
        return usualContribution;
    }
}
