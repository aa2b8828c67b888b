package org.inclusio.app.startup;

import java.util.List;

/**
 * The main class of the small jar {@link ClassDataArchiveJvmTest} starts: it goes through the launcher's
 * re-execution as {@code org.inclusio.Launcher} does and prints whether it runs re-executed and with which archive.
 */
public final class ArchiveTrial {

    private ArchiveTrial() {
    }

    public static void main(String[] args) {
        ClassDataArchive.relaunchIfUseful(args, true);
        String archive = "none";
        for (String option : ProcessHandle.current().info().arguments().map(List::of).orElse(List.of())) {
            if (option.startsWith("-XX:SharedArchiveFile=")) {
                archive = option.substring("-XX:SharedArchiveFile=".length());
            } else if (option.startsWith("-XX:ArchiveClassesAtExit=")) {
                archive = "writing";
            }
        }
        System.out.println("relaunched=" + (System.getProperty(ClassDataArchive.RELAUNCHED_PROPERTY) != null));
        System.out.println("archive=" + archive);
        // what an installed image's launcher passes: its path and the options of its configuration file
        System.out.println("app-path=" + System.getProperty("jpackage.app-path"));
        System.out.println("folder=" + System.getProperty("trial.folder"));
        System.exit(args.length > 0 ? Integer.parseInt(args[0]) : 0);
    }
}
