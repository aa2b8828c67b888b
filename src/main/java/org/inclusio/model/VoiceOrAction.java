package org.inclusio.model;

/** Whether lay people mainly contribute by speaking (voice) or by doing (action). */
public enum VoiceOrAction implements Term {
    VOICE,
    ACTION
}
