package org.inclusio.logic.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackgroundTaskTest {

    /** Writes down what it hears, with a name. */
    private record Recorder(String name, List<String> heard) implements ProgressListener {
        @Override
        public void progress(long done, long total) {
            heard.add(name + " " + done + "/" + total);
        }

        @Override
        public void message(String message) {
            heard.add(name + " " + message);
        }
    }

    @Test
    void anAddedListenerHearsTheTaskBesideTheOneItHadAlready() throws Exception {
        List<String> heard = new ArrayList<>();
        BackgroundTask<Void> task = BackgroundTask.of("work", context -> {
            context.updateProgress(1, 2);
            context.updateMessage("drawing");
            return null;
        });
        task.setProgressListener(new Recorder("screen", heard));
        task.addProgressListener(new Recorder("status bar", heard));

        task.run();

        assertThat(heard).containsExactly("screen 1/2", "status bar 1/2", "screen drawing", "status bar drawing");
    }

    @Test
    void aListenerAddedToATaskWithoutOneIsItsOnlyListener() throws Exception {
        List<String> heard = new ArrayList<>();
        BackgroundTask<Void> task = BackgroundTask.of("work", context -> {
            context.updateProgress(3, 4);
            return null;
        });
        task.addProgressListener(new Recorder("status bar", heard));

        task.run();

        assertThat(heard).containsExactly("status bar 3/4");
    }
}
