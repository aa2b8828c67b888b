package org.inclusio.app.cli;

import org.inclusio.logic.AppInfo;
import picocli.CommandLine.IVersionProvider;

/** Prints the program's name and version for {@code --version}. */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        AppInfo info = AppInfo.bundled();
        return new String[] {info.name() + " " + info.version()};
    }
}
