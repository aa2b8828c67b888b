package org.inclusio.persistence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Keeps the store private to the user who owns it: folders 0700 and files 0600 on POSIX systems, an
 * access list naming only the owner on Windows. Also the careful file operations the store relies on
 * (atomic replacement, forcing to disk).
 */
public final class FilePermissions {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> PRIVATE_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> PRIVATE_FILE = PosixFilePermissions.fromString("rw-------");

    private FilePermissions() {
    }

    /** Creates the folder (and missing parents) if need be and makes it private. */
    public static void createPrivateDirectory(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            if (POSIX) {
                Path parent = directory.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                try {
                    Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(PRIVATE_DIRECTORY));
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    // made at the same moment by someone else: the checks below still apply
                }
            } else {
                Files.createDirectories(directory);
            }
        }
        makePrivate(directory);
    }

    /** Creates an empty file readable and writable by its owner only. */
    public static void createPrivateFile(Path file) throws IOException {
        if (POSIX) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PRIVATE_FILE));
        } else {
            Files.createFile(file);
            makePrivate(file);
        }
    }

    /** Restricts an existing file or folder to its owner. */
    public static void makePrivate(Path path) throws IOException {
        if (POSIX) {
            Files.setPosixFilePermissions(path, Files.isDirectory(path) ? PRIVATE_DIRECTORY : PRIVATE_FILE);
            return;
        }
        AclFileAttributeView acl = Files.getFileAttributeView(path, AclFileAttributeView.class);
        if (acl != null) {
            UserPrincipal owner = Files.getOwner(path);
            AclEntry onlyOwner = AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(owner)
                    .setPermissions(EnumSet.allOf(AclEntryPermission.class)).build();
            acl.setAcl(List.of(onlyOwner));
        }
    }

    /** Makes the store folder and everything in it private (files H2 made with the default mask included). */
    public static void makeTreePrivate(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                if (!Files.isSymbolicLink(path)) {
                    makePrivate(path);
                }
            }
        }
    }

    /** True when the path is private as this class makes it (always true where POSIX permissions do not exist). */
    public static boolean isPrivate(Path path) throws IOException {
        if (!POSIX) {
            return true;
        }
        return Files.getPosixFilePermissions(path).equals(Files.isDirectory(path) ? PRIVATE_DIRECTORY : PRIVATE_FILE);
    }

    /** Forces a file's content to the disk. */
    public static void sync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Forces a folder's entries (a rename) to the disk where the system allows it. */
    public static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not possible on every system (Windows); the rename itself is still atomic
        }
    }

    /** Replaces the target by the source in one step, so a reader sees either the old or the new file. */
    public static void moveAtomically(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
            syncDirectory(parent);
        }
    }
}
