package org.inclusio.logic.exchange;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The name ending and media type of interchange files, plain or encrypted: what the export suggests and what
 * the installed program is registered to open (installer/inclusio-file.properties says the same). The reader
 * does not depend on it: it recognises an interchange file and its encrypted container by content, whatever
 * the file is called.
 */
public final class InterchangeFileName {

    /** The ending without its dot. */
    public static final String EXTENSION = "inclusio";

    /** The media type the desktop associates with the ending. */
    public static final String MEDIA_TYPE = "application/x-inclusio";

    /** The name an export suggests. */
    public static final String SUGGESTED = "inclusio-export." + EXTENSION;

    private InterchangeFileName() {
    }

    /** True when the file's name ends in {@code .inclusio}, in any case. */
    public static boolean hasExtension(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith("." + EXTENSION);
    }
}
