package org.inclusio.benchmark;

import java.util.ArrayList;
import java.util.List;

/** Runs a piece of work several times and gives its wall-clock times in seconds. */
final class Timer {

    private Timer() {
    }

    /** Work that is timed; the run number lets each run vary its parameters. */
    @FunctionalInterface
    interface Work {
        void run(int run) throws Exception;
    }

    /** Times {@code runs} runs after {@code warmups} untimed ones. */
    static Samples time(int warmups, int runs, Work work) throws Exception {
        for (int i = 0; i < warmups; i++) {
            work.run(-1 - i);
        }
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            work.run(i);
            seconds.add((System.nanoTime() - started) / 1e9);
        }
        return new Samples(seconds);
    }
}
