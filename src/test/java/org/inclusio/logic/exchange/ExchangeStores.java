package org.inclusio.logic.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.inclusio.app.AppServices;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.BackgroundTask;
import org.inclusio.logic.task.TaskContext;

/** Opens stores for exchange tests and moves files between them. */
final class ExchangeStores {

    static final Localization L10N = new Localization(Locale.UK);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-05-01T10:00:00Z"), ZoneOffset.UTC);
    static final TaskContext NO_TASK = BackgroundTask.progressChannel("test");

    private ExchangeStores() {
    }

    static AppServices open(Path dir) {
        return org.inclusio.testing.TestStores.services(dir, L10N);
    }

    /**
     * The export's clear JSON (with identities too: the encrypted container is tested on its own),
     * without the header's {@code exchange} member, which names a new file at every export: equal
     * texts then mean equal data. Files written from it merge as files of stores that never exchanged.
     */
    static String export(AppServices store, Selection selection, ExportOptions options) throws Exception {
        return withoutExchangeHeader(exportWithHeader(store, selection, options));
    }

    static String exportWithHeader(AppServices store, Selection selection, ExportOptions options) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new InterchangeExporter(store.store().database(), L10N, CLOCK).writeJson(selection, options, out, NO_TASK);
        return out.toString(StandardCharsets.UTF_8);
    }

    static String withoutExchangeHeader(String json) {
        String stripped = EXCHANGE_HEADER.matcher(json).replaceFirst("\n");
        if (stripped.equals(json)) {
            throw new AssertionError("the export has no exchange header");
        }
        return stripped;
    }

    private static final java.util.regex.Pattern EXCHANGE_HEADER =
            java.util.regex.Pattern.compile("\\n  \"exchange\" : \\{[^{}]*\\},\\n");

    /** The whole store with identities: equal texts mean equal data, field for field. */
    static String everything(AppServices store) throws Exception {
        return export(store, Selection.all(), new ExportOptions(true, null));
    }

    static Path write(Path dir, String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    static ImportSummary importFile(AppServices store, Path file, ImportOptions options) throws Exception {
        return new InterchangeImporter(store.store().database(), L10N).importFile(file, options, NO_TASK);
    }
}
