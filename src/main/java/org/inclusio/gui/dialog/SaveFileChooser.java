package org.inclusio.gui.dialog;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * How the window asks where to save a file. The system's own file dialog in the program; a test names the
 * file the user would have chosen there, since the system's dialog can be neither driven by a test nor
 * shown on a platform without one (Monocle's headless platform).
 */
@FunctionalInterface
public interface SaveFileChooser {

    /** The chosen file, or empty when the user cancelled. */
    Optional<Path> choose(Window owner, String title, String suggestedName, List<String> extensions);

    /** The system's file dialog, offering the extensions in order (the first is the default). */
    static SaveFileChooser system() {
        return (owner, title, suggestedName, extensions) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.setInitialFileName(suggestedName);
            for (String extension : extensions) {
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension, "*." + extension));
            }
            return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
        };
    }
}
