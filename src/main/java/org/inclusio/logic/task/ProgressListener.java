package org.inclusio.logic.task;

/** Receives a task's progress; called from the thread the task runs on. */
public interface ProgressListener {

    ProgressListener NONE = new ProgressListener() {
        @Override
        public void progress(long done, long total) {
        }

        @Override
        public void message(String message) {
        }
    };

    void progress(long done, long total);

    void message(String message);
}
