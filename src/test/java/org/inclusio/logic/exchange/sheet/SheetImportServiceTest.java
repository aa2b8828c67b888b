package org.inclusio.logic.exchange.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.inclusio.logic.exchange.sheet.SheetFiles.L10N;
import static org.inclusio.logic.exchange.sheet.SheetFiles.NO_TASK;

import io.ebean.Database;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.prefs.Preferences;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.inclusio.app.AppServices;
import org.inclusio.logic.exchange.ExchangeException;
import org.inclusio.logic.exchange.Problem;
import org.inclusio.logic.task.CancelledException;
import org.inclusio.logic.task.TaskContext;
import org.inclusio.model.Activity;
import org.inclusio.model.Level;
import org.inclusio.model.Mode;
import org.inclusio.model.Person;
import org.inclusio.model.PersonRole;
import org.inclusio.model.ProcessTeam;
import org.inclusio.model.RecruitmentRoute;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SheetImportServiceTest {

    @TempDir
    Path dir;

    private AppServices services;
    private Database db;
    private Preferences prefs;
    private SheetImportService importer;
    private final SheetReader reader = new SheetReader(L10N);

    @BeforeEach
    void open() {
        services = org.inclusio.testing.TestStores.services(dir.resolve("store"), L10N);
        db = services.store().database();
        prefs = SheetFiles.scratchPreferences();
        importer = new SheetImportService(db, L10N, services.activities(), services.people(), new MappingMemory(prefs));
        ProcessTeam diabetes = new ProcessTeam();
        diabetes.setName("Diabetes");
        db.save(diabetes);
    }

    @AfterEach
    void close() throws Exception {
        SheetFiles.forget(prefs);
        services.close();
    }

    @Test
    void semicolonCsvWithBomAndEuropeanDatesIsImportedWithSuggestedMapping() throws Exception {
        Path file = SheetFiles.csv(dir, "workshops.csv", """
                Titel;Datum;Minutes;Type;Level;Team;Place
                Foot care day;14.3.2025;90;Co-design workshop;Group;diabetes;Room 2
                "Survey; spring";2025-04-01;;survey;collective;;
                =HYPERLINK("x");03/05/2025;30;design workshop;Individual;Diabetes;
                """, true);
        SheetTable table = reader.readAll(file);
        assertThat(table.headers()).containsExactly("Titel", "Datum", "Minutes", "Type", "Level", "Team", "Place");
        SheetMapping mapping = importer.suggest(table, SheetKind.ACTIVITIES);
        assertThat(mapping.columns()).isEqualTo(Map.of(TargetField.TITLE, "Titel", TargetField.DATE, "Datum",
                TargetField.DURATION, "Minutes", TargetField.MODE, "Type", TargetField.LEVEL, "Level",
                TargetField.TEAM, "Team", TargetField.PLACE, "Place"));
        assertThat(mapping.value(TargetField.MODE, "Co-design workshop")).contains("CO_DESIGN");
        assertThat(mapping.value(TargetField.MODE, "survey")).contains("CO_ASSESSMENT");
        assertThat(mapping.value(TargetField.MODE, "design workshop")).contains("CO_DESIGN");
        assertThat(mapping.value(TargetField.LEVEL, "collective")).contains("COLLECTIVE");

        SheetCheck dry = importer.check(table, mapping, NO_TASK);
        assertThat(dry.problems()).isEmpty();
        assertThat(db.find(Activity.class).findCount()).isZero();

        SheetCheck done = importer.importRows(table, mapping, NO_TASK);
        assertThat(done.imported()).isEqualTo(3);
        List<Activity> stored = db.find(Activity.class).orderBy("heldOn").findList();
        assertThat(stored).extracting(Activity::getTitle)
                .containsExactly("Foot care day", "Survey; spring", "=HYPERLINK(\"x\")");
        assertThat(stored).extracting(Activity::getHeldOn).containsExactly(LocalDate.of(2025, 3, 14),
                LocalDate.of(2025, 4, 1), LocalDate.of(2025, 5, 3));
        assertThat(stored).extracting(Activity::getMode)
                .containsExactly(Mode.CO_DESIGN, Mode.CO_ASSESSMENT, Mode.CO_DESIGN);
        assertThat(stored).extracting(Activity::getDurationMinutes).containsExactly(90, 120, 30);
        assertThat(stored.get(0).getTeam().getName()).isEqualTo("Diabetes");
        assertThat(stored.get(1).getTeam()).isNull();
        assertThat(stored.get(0).getPlace()).isEqualTo("Room 2");
    }

    @Test
    void dryRunListsEveryProblemByRowAndColumn() throws Exception {
        Path file = SheetFiles.csv(dir, "messy.csv", """
                Title,Date,Duration,Mode,Level,Process team
                ,2025-03-14,60,co-design,group,Diabetes
                Clinic walk,31/02/2025,60,co-design,group,Diabetes
                Brainstorm,2025-03-14,60,brainstorm,group,Diabetes
                Long day,2025-03-14,2000,co-design,group,Diabetes
                Tumour board,2025-03-14,45x,co-design,group,Oncology
                """, false);
        SheetTable table = reader.readAll(file);
        SheetMapping mapping = importer.suggest(table, SheetKind.ACTIVITIES);
        SheetCheck check = importer.check(table, mapping, NO_TASK);
        assertThat(check.problems()).extracting(RowProblem::row, RowProblem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "Title"),
                org.assertj.core.groups.Tuple.tuple(3, "Date"),
                org.assertj.core.groups.Tuple.tuple(4, "Mode"),
                org.assertj.core.groups.Tuple.tuple(5, "Duration"),
                org.assertj.core.groups.Tuple.tuple(6, "Duration"),
                org.assertj.core.groups.Tuple.tuple(6, "Process team"));
        assertThat(check.problems().get(1).message()).contains("31/02/2025");
        assertThat(check.problems().get(2).message()).isEqualTo("\"brainstorm\" is not mapped to a value of this field.");
        assertThat(check.problems().get(3).message()).isEqualTo("2000 is out of range (allowed: 1 to 1440).");
        assertThat(check.problems().get(5).message()).isEqualTo("there is no process team called \"Oncology\".");

        SheetCheck refused = importer.importRows(table, mapping, NO_TASK);
        assertThat(refused.imported()).isZero();
        assertThat(refused.problems()).hasSize(6);
        assertThat(db.find(Activity.class).findCount()).isZero();
    }

    @Test
    void respondentsOfASurveyComeInAsAnonymousParticipantsWithinTheEditorsLimits() throws Exception {
        Path file = SheetFiles.csv(dir, "surveys.csv", """
                Title,Date,Mode,Level,Respondents
                Spring survey,2025-04-01,survey,collective,40
                Open meeting,2025-04-02,co-design,group,
                Regional poll,2025-04-03,survey,collective,100001
                """, false);
        SheetTable table = reader.readAll(file);
        SheetMapping mapping = importer.suggest(table, SheetKind.ACTIVITIES);
        assertThat(mapping.columns()).containsEntry(TargetField.ANONYMOUS_PARTICIPANTS, "Respondents");

        SheetCheck refused = importer.importRows(table, mapping, NO_TASK);
        assertThat(refused.problems()).containsExactly(new RowProblem(4, "Respondents",
                "100001 is out of range (allowed: 0 to 100000)."));
        assertThat(db.find(Activity.class).findCount()).isZero();

        Path fixed = SheetFiles.csv(dir, "surveys-fixed.csv", """
                Title,Date,Mode,Level,Respondents
                Spring survey,2025-04-01,survey,collective,40
                Open meeting,2025-04-02,co-design,group,
                """, false);
        SheetTable good = reader.readAll(fixed);
        assertThat(importer.importRows(good, importer.suggest(good, SheetKind.ACTIVITIES), NO_TASK).imported())
                .isEqualTo(2);
        assertThat(db.find(Activity.class).orderBy("heldOn").findList())
                .extracting(Activity::getAnonymousParticipants).containsExactly(40, 0);
    }

    @Test
    void requiredFieldWithoutColumnIsOneProblem() throws Exception {
        Path file = SheetFiles.csv(dir, "nodate.csv", "Title\tMode\tLevel\nA\tco-design\tgroup\nB\tco-design\tgroup\n",
                false);
        SheetTable table = reader.readAll(file);
        SheetCheck check = importer.check(table, importer.suggest(table, SheetKind.ACTIVITIES), NO_TASK);
        assertThat(check.problems()).containsExactly(
                new RowProblem(0, "Date", "the required field Date is not mapped to a column."));
    }

    @Test
    void peopleWithDuplicateCodesAreRefusedAndTheStoreStaysAsItWas() throws Exception {
        Person existing = new Person();
        existing.setCode("P-001");
        existing.setRole(PersonRole.PATIENT);
        db.save(existing);
        Path file = SheetFiles.csv(dir, "people.csv", """
                Code,Role,Recruitment,Paid,Lead patient
                p-001,patient,open call,yes,no
                P-002,next of kin,nominated,nej,
                P-003,staff,,1,x
                p-002,citizen,random,no,no
                """, false);
        SheetTable table = reader.readAll(file);
        SheetMapping mapping = importer.suggest(table, SheetKind.PEOPLE);
        SheetCheck check = importer.check(table, mapping, NO_TASK);
        assertThat(check.problems()).containsExactly(
                new RowProblem(2, "Code", "a person with the code p-001 is already in the store."),
                new RowProblem(5, "Code", "the code p-002 is also in row 3."));
        SheetCheck refused = importer.importRows(table, mapping, NO_TASK);
        assertThat(refused.imported()).isZero();
        assertThat(db.find(Person.class).findCount()).isEqualTo(1);

        SheetTable fixed = reader.readAll(SheetFiles.csv(dir, "fixed.csv", """
                Code,Role,Recruitment,Paid,Lead patient
                P-002,next of kin,nominated,nej,
                P-003,staff,,1,x
                """, false));
        SheetCheck done = importer.importRows(fixed, importer.suggest(fixed, SheetKind.PEOPLE), NO_TASK);
        assertThat(done.imported()).isEqualTo(2);
        Person relative = db.find(Person.class).where().eq("code", "P-002").findOne();
        assertThat(relative.getRole()).isEqualTo(PersonRole.RELATIVE);
        assertThat(relative.getRecruitmentRoute()).isEqualTo(RecruitmentRoute.ASSOCIATION_NOMINATED);
        assertThat(relative.isPaid()).isFalse();
        Person staff = db.find(Person.class).where().eq("code", "P-003").findOne();
        assertThat(staff.getRole()).isEqualTo(PersonRole.PROFESSIONAL);
        assertThat(staff.isPaid()).isTrue();
        assertThat(staff.isLeadPatient()).isTrue();
    }

    @Test
    void cancellingWhileWritingLeavesNothingBehind() throws Exception {
        Path file = SheetFiles.csv(dir, "people.csv", "Code,Role\nA1,patient\nA2,patient\nA3,patient\n", false);
        SheetTable table = reader.readAll(file);
        TaskContext cancelAfterFirstWrite = new TaskContext() {
            private boolean writing;
            private long written;

            @Override
            public void updateProgress(long done, long total) {
                if (writing) {
                    written = done;
                }
            }

            @Override
            public void updateMessage(String message) {
                writing = message.equals(L10N.text("sheet.progress.writing"));
            }

            @Override
            public boolean isCancelled() {
                return written >= 2;
            }

            @Override
            public void checkCancelled() throws CancelledException {
                if (isCancelled()) {
                    throw new CancelledException();
                }
            }
        };
        assertThatThrownBy(() -> importer.importRows(table, importer.suggest(table, SheetKind.PEOPLE),
                cancelAfterFirstWrite)).isInstanceOf(CancelledException.class);
        assertThat(db.find(Person.class).findCount()).isZero();
    }

    @Test
    void xlsxGivesCachedFormulaResultsAsTextAndDatesAsDates() throws Exception {
        Path file = dir.resolve("register.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Activities");
            Row header = sheet.createRow(0);
            String[] names = {"Title", "Date", "Mode", "Level"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Row row = sheet.createRow(1);
            XSSFCell title = (XSSFCell) row.createCell(0);
            title.setCellFormula("CONCATENATE(\"=cmd\",\"|calc\")");
            title.setCellValue("=cmd|calc");
            row.createCell(1).setCellValue(LocalDate.of(2025, 3, 14));
            row.getCell(1).setCellStyle(dateStyle);
            row.createCell(2).setCellValue("Focus group");
            row.createCell(3).setCellValue("Group");
            workbook.write(out);
        }
        SheetTable table = reader.readAll(file);
        assertThat(table.rows()).hasSize(1);
        assertThat(table.rows().get(0).number()).isEqualTo(2);
        assertThat(table.rows().get(0).cells()).containsExactly("=cmd|calc", "2025-03-14", "Focus group", "Group");
        SheetMapping mapping = importer.suggest(table, SheetKind.ACTIVITIES);
        assertThat(importer.importRows(table, mapping, NO_TASK).imported()).isEqualTo(1);
        Activity stored = db.find(Activity.class).findOne();
        assertThat(stored.getTitle()).isEqualTo("=cmd|calc");
        assertThat(stored.getMode()).isEqualTo(Mode.CO_ASSESSMENT);
        assertThat(stored.getLevel()).isEqualTo(Level.GROUP);
    }

    @Test
    void mappingIsRememberedForTheSameHeaders() throws Exception {
        Path file = SheetFiles.csv(dir, "odd.csv", "Happening,When,Sort,Scale\nA,2025-01-02,brainstorm,ward\n", false);
        SheetTable table = reader.readAll(file);
        SheetMapping suggested = importer.suggest(table, SheetKind.ACTIVITIES);
        assertThat(suggested.columns()).containsOnlyKeys(TargetField.DATE, TargetField.LEVEL);
        SheetMapping chosen = suggested.withColumn(TargetField.TITLE, "Happening")
                .withColumn(TargetField.MODE, "Sort").withColumn(TargetField.LEVEL, "Scale")
                .withValue(TargetField.MODE, "brainstorm", "CO_DESIGN")
                .withValue(TargetField.LEVEL, "ward", "GROUP");
        importer.remember(chosen, table.headers());

        SheetImportService later = new SheetImportService(db, L10N, services.activities(), services.people(),
                new MappingMemory(prefs));
        SheetTable again = reader.readAll(SheetFiles.csv(dir, "odd2.csv",
                "happening,when,sort,scale\nB,2025-02-03,Brainstorm,WARD\n", false));
        SheetMapping recalled = later.suggest(again, SheetKind.ACTIVITIES);
        assertThat(recalled.column(TargetField.TITLE)).isEmpty();
        SheetTable sameHeaders = reader.readAll(SheetFiles.csv(dir, "odd3.csv",
                "Happening,When,Sort,Scale\nC,2025-02-03,Brainstorm,WARD\n", false));
        SheetMapping remembered = later.suggest(sameHeaders, SheetKind.ACTIVITIES);
        assertThat(remembered.columns()).isEqualTo(Map.of(TargetField.TITLE, "Happening", TargetField.DATE, "When",
                TargetField.MODE, "Sort", TargetField.LEVEL, "Scale"));
        assertThat(remembered.value(TargetField.MODE, "Brainstorm")).contains("CO_DESIGN");
        assertThat(remembered.value(TargetField.LEVEL, "WARD")).contains("GROUP");
    }

    @Test
    void fileThatIsNotUtf8IsReadInTheEncodingItWasSavedIn() throws Exception {
        // before, this was refused; now Windows-1252 (what Excel saves as plain CSV in the West) is detected
        Path file = dir.resolve("latin1.csv");
        byte[] head = "Code,Role\nA1,patient\nG".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + 12);
        bytes[head.length] = (byte) 0xF6;
        System.arraycopy("ran,patient\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, bytes,
                head.length + 1, 11);
        Files.write(file, bytes);
        SheetTable table = reader.readAll(file);
        assertThat(table.encoding()).isEqualTo(java.nio.charset.Charset.forName("windows-1252"));
        assertThat(table.rows().get(1).cells()).containsExactly("G\u00f6ran", "patient");
    }

    @Test
    void previewStopsAfterTwentyRowsAndTabsAreDetected() throws Exception {
        StringBuilder text = new StringBuilder("Code\tRole\n");
        for (int i = 1; i <= 25; i++) {
            text.append("C").append(i).append("\tpatient\n");
        }
        SheetTable preview = reader.preview(SheetFiles.csv(dir, "tabs.csv", text.toString(), false));
        assertThat(preview.headers()).containsExactly("Code", "Role");
        assertThat(preview.rows()).hasSize(20);
        assertThat(preview.complete()).isFalse();
        assertThat(preview.rows().get(19).cells()).containsExactly("C20", "patient");
        assertThat(preview.rows().get(19).number()).isEqualTo(21);
    }
}
