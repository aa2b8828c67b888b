package org.inclusio.logic.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.CancelledException;

/**
 * The stamps of the records in a file this store imported earlier: the state both sides shared,
 * which an export writes as each record's base.
 */
final class BaseIndex {

    private final Map<UUID, Stamp> stamps;

    private BaseIndex(Map<UUID, Stamp> stamps) {
        this.stamps = stamps;
    }

    static BaseIndex none() {
        return new BaseIndex(Map.of());
    }

    static BaseIndex of(Path file, char[] passphrase, Localization l10n) throws ExchangeException, CancelledException {
        ProblemText problems = new ProblemText(l10n, file.getFileName().toString());
        Map<UUID, Stamp> stamps = new HashMap<>();
        try (InputStream in = InterchangeInput.open(file, passphrase, problems)) {
            new ExchangeFileReader(problems).read(in, (record, path) -> stamps.put(record.id(), record.stamp()));
        } catch (IOException e) {
            throw problems.at(Problem.NOT_READABLE, "", null, e.getMessage());
        }
        return new BaseIndex(stamps);
    }

    Stamp get(UUID id) {
        return stamps.get(id);
    }
}
