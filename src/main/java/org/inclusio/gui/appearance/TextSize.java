package org.inclusio.gui.appearance;

import java.util.List;

/**
 * The text sizes the window offers, as percentages of the normal size: Ctrl+plus and Ctrl+minus step through
 * them, Ctrl+0 goes back to {@value #NORMAL} %.
 */
public final class TextSize {

    public static final int NORMAL = 100;
    public static final List<Integer> STEPS = List.of(100, 110, 125, 150, 175, 200);
    /** The font size, in pixels, of normal text at 100 %. */
    static final double BASE_PIXELS = 13;

    private TextSize() {
    }

    /** The next larger step, or the largest. */
    public static int larger(int percent) {
        return STEPS.stream().filter(step -> step > percent).findFirst().orElse(STEPS.get(STEPS.size() - 1));
    }

    /** The next smaller step, or the smallest. */
    public static int smaller(int percent) {
        int result = STEPS.get(0);
        for (int step : STEPS) {
            if (step < percent) {
                result = step;
            }
        }
        return result;
    }

    /** The step nearest to a percentage read from elsewhere (a saved setting that may be anything). */
    public static int nearest(int percent) {
        int best = NORMAL;
        for (int step : STEPS) {
            if (Math.abs(step - percent) < Math.abs(best - percent)) {
                best = step;
            }
        }
        return best;
    }

    /** The font size, in pixels, of normal text at a step. */
    public static double pixels(int percent) {
        return BASE_PIXELS * percent / 100.0;
    }
}
