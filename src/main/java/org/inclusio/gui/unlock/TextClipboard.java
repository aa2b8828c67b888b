package org.inclusio.gui.unlock;

/** The system clipboard as far as the recovery key needs it (the FX clipboard in the window, a field in tests). */
public interface TextClipboard {

    void put(String text);

    /** The text the clipboard holds, or null. */
    String text();

    void clear();
}
