package org.inclusio.reliability;

/**
 * One kill trial.
 *
 * @param seed the base seed of the run; with phase and index it repeats the trial
 * @param signalMillis when the child gave the signal the kill was timed from (-1: it ended first)
 * @param killAtMillis when the child was killed, in milliseconds after it started
 * @param childExit the killed child's exit status (137 when the kill ended it, 0 when it had finished)
 * @param acknowledged whether the command had reported success before the kill
 * @param partLeftover whether an export's {@code .part} file was still there after the next start
 * @param reopenMillis how long reopening the store took
 */
record TrialResult(Phase phase, int index, long seed, long signalMillis, long killAtMillis, int childExit,
        boolean acknowledged, Outcome outcome, String detail, boolean partLeftover, long reopenMillis) {

    boolean passed() {
        return outcome == Outcome.PASSED;
    }

    String describe() {
        return phase.label() + " trial " + index + " (seed " + seed + ", signal at " + signalMillis
                + " ms, killed at " + killAtMillis + " ms, exit " + childExit + (acknowledged ? ", acknowledged" : "") + "): " + outcome.label()
                + (detail.isEmpty() ? "" : " - " + detail)
                + (partLeftover ? " [export .part file left behind]" : "");
    }
}
