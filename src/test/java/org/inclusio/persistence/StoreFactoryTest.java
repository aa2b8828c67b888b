package org.inclusio.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.inclusio.model.Person;
import org.inclusio.model.PersonRole;
import org.inclusio.testing.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreFactoryTest {

    private static final String CODE = "P-SECRET-4711";

    @TempDir
    Path directory;

    private static StoreSecret passphrase(String text) {
        return new StoreSecret.Passphrase(text.toCharArray());
    }

    private static void savePerson(Store store, String code) {
        Person person = new Person();
        person.setCode(code);
        person.setRole(PersonRole.PATIENT);
        store.database().save(person);
    }

    private static boolean hasPerson(Store store, String code) {
        return store.database().find(Person.class).where().eq("code", code).findOne() != null;
    }

    @Test
    void theKeyDerivationsWarmUpHashesLessMemoryInAllThanOneUnlock() {
        // it runs while the unlock screen waits; costing as much as the unlock itself would delay a quick typist
        assertThat(KeyFile.warmUpDerivation())
                .isEqualTo((long) KeyFile.WARM_UP_ROUNDS * KeyFile.WARM_UP_MEMORY_KIB)
                .isLessThan(KeyFile.MEMORY_KIB / 2);
    }

    @Test
    void theWarmUpRunsEveryMigrationInMemoryAndLeavesNothingOnDisk() throws IOException {
        Path workingFolder = Path.of("").toAbsolutePath();
        List<Path> before;
        try (Stream<Path> files = Files.list(workingFolder)) {
            before = files.sorted().toList();
        }
        int tables = new StoreFactory().warmUp();
        try (Stream<Path> files = Files.list(workingFolder)) {
            assertThat(files.sorted().toList()).isEqualTo(before);
        }
        // a second warm-up gets a database of its own, as empty as the first
        assertThat(new StoreFactory().warmUp()).isEqualTo(tables);
        try (Store store = TestStores.open(directory)) {
            assertThat(store.database().sqlQuery(StoreFactory.TABLE_COUNT).mapToScalar(Integer.class).findOne())
                    .isEqualTo(tables).isGreaterThan(20);
        }
    }

    @Test
    void createsEncryptedStoreThroughMigrationsAndKeepsDataAcrossReopen() {
        String recoveryKey;
        CreatedStore created = new StoreFactory().create(directory, TestStores.PASSPHRASE.toCharArray());
        try (Store store = created.store()) {
            savePerson(store, CODE);
            assertThat(store.schemaVersion()).isEqualTo(SchemaVersions.CURRENT);
            assertThat(store.settings().encrypted()).isTrue();
            recoveryKey = created.recoveryKey();
        }
        assertThat(recoveryKey).matches("([0-9A-Z]{4}-){7}[0-9A-Z]{4}");
        assertThat(new StoreFactory().inspect(directory)).isEqualTo(StoreState.ENCRYPTED);
        try (Store store = new StoreFactory().open(directory, TestStores.secret())) {
            Person found = store.database().find(Person.class).where().eq("code", CODE).findOne();
            assertThat(found).isNotNull();
            assertThat(found.getRole()).isEqualTo(PersonRole.PATIENT);
            assertThat(found.getVersion()).isEqualTo(1);
            int migrations = store.database().sqlQuery("select count(*) as n from db_migration")
                    .mapToScalar(Integer.class).findOne();
            assertThat(migrations).isPositive();
        }
        try (Store store = new StoreFactory().open(directory,
                new StoreSecret.RecoveryKey(recoveryKey.toLowerCase().replace("-", " ")))) {
            assertThat(hasPerson(store, CODE)).isTrue();
        }
    }

    @Test
    void noStoredValueCanBeReadFromTheFilesOfAnEncryptedStore() throws IOException {
        try (Store store = TestStores.open(directory)) {
            savePerson(store, CODE);
        }
        assertThat(filesContaining(directory, CODE)).isEmpty();
        // the control: the same in clear can be read
        Path clear = directory.resolve("clear");
        try (Store store = new StoreFactory().createInClear(clear)) {
            savePerson(store, CODE);
        }
        assertThat(filesContaining(clear, CODE)).isNotEmpty();
    }

    private static List<Path> filesContaining(Path root, String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(file -> {
                try {
                    byte[] bytes = Files.readAllBytes(file);
                    outer:
                    for (int i = 0; i + needle.length <= bytes.length; i++) {
                        for (int j = 0; j < needle.length; j++) {
                            if (bytes[i + j] != needle[j]) {
                                continue outer;
                            }
                        }
                        return true;
                    }
                    return false;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    @Test
    void wrongPassphraseIsRefusedAndTheStoreIsLeftAsItWas() throws IOException {
        try (Store store = TestStores.open(directory)) {
            savePerson(store, CODE);
        }
        byte[] before = Files.readAllBytes(directory.resolve("inclusio.mv.db"));
        assertThatThrownBy(() -> new StoreFactory().open(directory, passphrase("not the passphrase at all")))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.problem()).isEqualTo(StoreProblem.WRONG_PASSPHRASE));
        assertThatThrownBy(() -> new StoreFactory().open(directory, new StoreSecret.RecoveryKey("AAAA-BBBB")))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.problem()).isEqualTo(StoreProblem.WRONG_RECOVERY_KEY));
        assertThatThrownBy(() -> new StoreFactory().open(directory, null))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.problem()).isEqualTo(StoreProblem.PASSPHRASE_NEEDED));
        assertThat(Files.readAllBytes(directory.resolve("inclusio.mv.db"))).isEqualTo(before);
        try (Store store = TestStores.open(directory)) {
            assertThat(hasPerson(store, CODE)).isTrue();
        }
    }

    @Test
    void changingThePassphraseRewrapsTheKeyAndKeepsTheRecoveryKey() {
        CreatedStore created = new StoreFactory().create(directory, TestStores.PASSPHRASE.toCharArray());
        try (Store store = created.store()) {
            savePerson(store, CODE);
        }
        new StoreFactory().changePassphrase(directory, TestStores.secret(), "a brand new passphrase".toCharArray());
        assertThatThrownBy(() -> new StoreFactory().open(directory, TestStores.secret()))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.problem()).isEqualTo(StoreProblem.WRONG_PASSPHRASE));
        try (Store store = new StoreFactory().open(directory, passphrase("a brand new passphrase"))) {
            assertThat(hasPerson(store, CODE)).isTrue();
        }
        try (Store store = new StoreFactory().open(directory, new StoreSecret.RecoveryKey(created.recoveryKey()))) {
            assertThat(hasPerson(store, CODE)).isTrue();
        }
    }

    @Test
    void aMissingStoreIsNamedAndNothingIsCreated() throws IOException {
        Path mistyped = directory.resolve("ofice");
        assertThatThrownBy(() -> new StoreFactory().open(mistyped, TestStores.secret()))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.problem()).isEqualTo(StoreProblem.MISSING));
        assertThat(mistyped).doesNotExist();

        Path store = directory.resolve("store");
        TestStores.open(store).close();
        Files.delete(store.resolve("inclusio.mv.db"));
        assertThat(new StoreFactory().inspect(store)).isEqualTo(StoreState.MISSING);
        assertThatThrownBy(() -> new StoreFactory().open(store, TestStores.secret()))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.problem()).isEqualTo(StoreProblem.MISSING));
        assertThat(store.resolve("inclusio.mv.db")).doesNotExist();
    }

    @Test
    void createRefusesAFolderThatHoldsAStore() throws IOException {
        try (Store store = TestStores.open(directory)) {
            savePerson(store, CODE);
        }
        byte[] key = Files.readAllBytes(directory.resolve(KeyFile.FILE_NAME));
        assertThatThrownBy(() -> new StoreFactory().create(directory, "another passphrase here".toCharArray()))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.problem()).isEqualTo(StoreProblem.ALREADY_EXISTS));
        assertThat(Files.readAllBytes(directory.resolve(KeyFile.FILE_NAME))).isEqualTo(key);
    }

    @Test
    void theFolderAndItsFilesArePrivate() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                directory.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path store = directory.resolve("store");
        TestStores.open(store).close();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store))).isEqualTo("rwx------");
        try (Stream<Path> files = Files.walk(store)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                        .as(file.getFileName().toString()).isEqualTo("rw-------");
            }
        }
    }

    @Test
    void aMigrationLockLeftByAKilledRunIsReleased() {
        try (Store store = TestStores.open(directory)) {
            store.database().sqlUpdate("update db_migration set mcomment = 'locked' where id = 0").execute();
        }
        try (Store store = TestStores.open(directory)) {
            String comment = store.database().sqlQuery("select mcomment from db_migration where id = 0")
                    .mapToScalar(String.class).findOne();
            assertThat(comment).isEqualTo("<init>");
        }
    }

    @Test
    void anInterruptedSetUpLeavesNoStoreAndANewOneCanBeMade() throws IOException {
        Files.createDirectories(directory.resolve(".setup"));
        Files.writeString(directory.resolve(".setup").resolve("inclusio.mv.db"), "half made");
        assertThat(new StoreFactory().inspect(directory)).isEqualTo(StoreState.MISSING);
        try (Store store = TestStores.open(directory)) {
            savePerson(store, CODE);
        }
        assertThat(directory.resolve(".setup")).doesNotExist();
    }

    @Test
    void anInterruptedUpgradeIsUndoneFromTheCopyTakenBeforeIt() throws IOException {
        try (Store store = TestStores.open(directory)) {
            savePerson(store, CODE);
        }
        // as a killed upgrade leaves it: the copy taken before, and a main file changed half way
        Files.copy(directory.resolve("inclusio.mv.db"), directory.resolve("inclusio.upgrade.mv.db"));
        Files.write(directory.resolve("inclusio.mv.db"), new byte[] {1, 2, 3});
        try (Store store = TestStores.open(directory)) {
            assertThat(hasPerson(store, CODE)).isTrue();
        }
        assertThat(directory.resolve("inclusio.upgrade.mv.db")).doesNotExist();
    }

    @Test
    void aDamagedStoreIsNamedAndLeftUntouched() throws IOException {
        try (Store store = TestStores.open(directory)) {
            for (int i = 0; i < 200; i++) {
                savePerson(store, "P-" + i);
            }
        }
        Path file = directory.resolve("inclusio.mv.db");
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 0; i < bytes.length; i += 7) {
            bytes[i] ^= 0x5a;
        }
        Files.write(file, bytes);
        assertThatThrownBy(() -> TestStores.open(directory))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.problem()).isIn(StoreProblem.DAMAGED, StoreProblem.UNREADABLE));
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    }

    @Test
    void aSetUpThatAnEarlierVersionBeganInPlaceIsSetAsideAndANewStoreCanBeMade() throws Exception {
        // an earlier version created its store in place, in clear; killed before its first migration was recorded
        StoreSettings clear = new StoreSettings(directory);
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(
                        clear.jdbcUrl(true), clear.user(), new String(clear.password()));
                java.sql.Statement statement = connection.createStatement()) {
            statement.execute("create table person (id uuid primary key)");
        }
        assertThatThrownBy(() -> new StoreFactory().open(new StoreSettings(directory)))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.problem()).isEqualTo(StoreProblem.MISSING));
        assertThat(directory.resolve("inclusio.mv.db")).doesNotExist();
        assertThat(directory.resolve("inclusio.incomplete.mv.db")).exists();
        try (Store store = TestStores.open(directory)) {
            savePerson(store, CODE);
        }
    }

    @Test
    void aStoreWithRowsButNoRecordOfItsSchemaIsDamagedNotSetAside() throws IOException {
        try (Store store = TestStores.open(directory)) {
            savePerson(store, CODE);
            store.database().sqlUpdate("drop table db_migration").execute();
        }
        Path file = directory.resolve("inclusio.mv.db");
        String before = sha256(file);
        assertThatThrownBy(() -> TestStores.open(directory))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.problem()).isEqualTo(StoreProblem.DAMAGED));
        assertThat(sha256(file)).isEqualTo(before);
        assertThat(directory.resolve("inclusio.incomplete.mv.db")).doesNotExist();
    }

    private static String sha256(Path file) throws IOException {
        try {
            return java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aDamagedKeyFileIsNamed() throws IOException {
        TestStores.open(directory).close();
        Files.writeString(directory.resolve(KeyFile.FILE_NAME), "format=inclusio-key-1\npassphrase.salt=AAAA\n");
        assertThatThrownBy(() -> TestStores.open(directory))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.problem()).isEqualTo(StoreProblem.KEY_DAMAGED));
        Files.delete(directory.resolve(KeyFile.FILE_NAME));
        assertThatThrownBy(() -> TestStores.open(directory))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.problem()).isEqualTo(StoreProblem.KEY_MISSING));
    }

    @Test
    void aStoreInClearFromAnEarlierVersionIsEncryptedWithItsRecordsKept() throws IOException {
        try (Store store = new StoreFactory().createInClear(directory)) {
            savePerson(store, CODE);
        }
        assertThat(new StoreFactory().inspect(directory)).isEqualTo(StoreState.CLEAR);
        CreatedStore encrypted = new StoreFactory().encrypt(directory, TestStores.PASSPHRASE.toCharArray());
        try (Store store = encrypted.store()) {
            assertThat(hasPerson(store, CODE)).isTrue();
        }
        assertThat(new StoreFactory().inspect(directory)).isEqualTo(StoreState.ENCRYPTED);
        assertThat(filesContaining(directory, CODE)).isEmpty();
        try (Store store = TestStores.open(directory)) {
            assertThat(hasPerson(store, CODE)).isTrue();
        }
    }

    @Test
    void refusesStoreWrittenByNewerProgramWithoutTouchingIt() {
        List<String> before;
        try (Store store = TestStores.open(directory)) {
            before = migrationRows(store);
        }
        StoreFactory olderProgram = new StoreFactory(SchemaVersion.parse("0.9"));
        assertThatThrownBy(() -> olderProgram.open(directory, TestStores.secret()))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.problem()).isEqualTo(StoreProblem.NEWER_VERSION));
        try (Store store = TestStores.open(directory)) {
            assertThat(migrationRows(store)).isEqualTo(before);
        }
    }

    private static List<String> migrationRows(Store store) {
        return store.database().sqlQuery("select mversion, mchecksum, run_on from db_migration order by id")
                .mapTo((row, n) -> row.getString(1) + "|" + row.getString(2) + "|" + row.getString(3))
                .findList();
    }

    @Test
    void refusesStoreThatAnotherRunningCopyHolds() throws Exception {
        TestStores.open(directory).close();
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldStoreOpen.class.getName(),
                directory.toString())
                .redirectErrorStream(true)
                .start();
        try {
            // the holder prints one line once it has the store open
            java.io.BufferedReader output = new java.io.BufferedReader(new java.io.InputStreamReader(
                    holder.getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
            String line;
            do {
                line = output.readLine();
            } while (line != null && !line.equals("OPEN"));
            assertThat(line).as("the other process opened the store").isEqualTo("OPEN");
            assertThatThrownBy(() -> new StoreFactory().open(directory, TestStores.secret()))
                    .isInstanceOfSatisfying(StoreException.class,
                            e -> assertThat(e.problem()).isEqualTo(StoreProblem.IN_USE));
        } finally {
            holder.destroyForcibly().waitFor();
        }
    }

    @Test
    void leavesNoTraceFileThatCouldHoldStoredValues() throws IOException {
        TestStores.open(directory).close();
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".trace.db"));
        }
    }

    @Test
    void currentSchemaVersionIsTheNewestCommittedMigration() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/dbmigration/h2"))) {
            SchemaVersion newest = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".sql") && n.contains("__"))
                    .map(n -> SchemaVersion.parse(n.substring(0, n.indexOf("__"))))
                    .max(SchemaVersion::compareTo).orElseThrow();
            assertThat(SchemaVersions.CURRENT).isEqualTo(newest);
        }
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/dbmigration/postgres"))) {
            assertThat(files.filter(p -> p.toString().endsWith(".sql")).count()).isPositive();
        }
    }
}
