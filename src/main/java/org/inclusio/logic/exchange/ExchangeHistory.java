package org.inclusio.logic.exchange;

import io.ebean.Database;
import io.ebean.Transaction;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.model.Activity;
import org.inclusio.model.ExchangeDirection;
import org.inclusio.model.ProcessTeam;
import org.inclusio.model.StoreSetting;

/**
 * The exchange log as people read it: when a file was sent or received, from or to which store, what it
 * held (the whole store, a team, a period or one activity, by name) and how many records of each kind.
 * Stores and files are named by the first eight characters of their ids, as the office and the laptop
 * both see them. Holds no personal data: activity titles and team names are not about a person.
 */
public final class ExchangeHistory {

    /** Characters of an id shown to people: enough to tell a region's stores apart. */
    static final int SHORT_ID = 8;

    private final Database db;
    private final Localization l10n;

    public ExchangeHistory(Database db, Localization l10n) {
        this.db = db;
        this.l10n = l10n;
    }

    /**
     * One exchange.
     *
     * @param when        when it happened, as the reader writes dates and times
     * @param direction   "Sent" or "Received"
     * @param otherStore  the store it came from (received), or a dash when sent (the receiver is not known)
     * @param what        the whole store, a team, a period or an activity, by name
     * @param records     how many records of each kind, in words
     * @param file        the file's short id
     * @param exchangedAt the instant, for sorting and tests
     */
    public record Line(String when, String direction, String otherStore, String what, String records, String file,
            Instant exchangedAt, ExchangeDirection kind) {
    }

    /** This store's short id, or empty when it has never sent or received a file. */
    public String thisStore() {
        StoreSetting setting = db.find(StoreSetting.class).where().eq("name", ExchangeLog.STORE_ID).findOne();
        return setting == null || setting.getSetting() == null ? "" : shortId(setting.getSetting().strip());
    }

    /** Every exchange, newest first. */
    public List<Line> lines() {
        List<ExchangeLog.Entry> entries = new ExchangeLog(db).entries();
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(l10n.locale())
                .withZone(ZoneId.systemDefault());
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(l10n.locale());
        List<Line> lines = new ArrayList<>(entries.size());
        try (Transaction transaction = db.beginTransaction()) {
            for (ExchangeLog.Entry entry : entries) {
                lines.add(new Line(time.format(entry.exchangedAt()),
                        l10n.text("exchangeHistory.direction." + entry.direction().name()),
                        entry.peerStore() == null ? "\u2014" : shortId(entry.peerStore().toString()),
                        what(entry.selection(), day, transaction), records(entry.counts()),
                        entry.file() == null ? "\u2014" : shortId(entry.file().toString()), entry.exchangedAt(),
                        entry.direction()));
            }
        }
        return lines;
    }

    private String what(String label, DateTimeFormatter day, Transaction transaction) {
        return Selection.ofLabel(label).map(selection -> switch (selection.scope()) {
            case ALL -> l10n.text("exchangeHistory.what.all");
            case TEAM -> {
                ProcessTeam team = db.find(ProcessTeam.class).usingTransaction(transaction).setIncludeSoftDeletes()
                        .setId(selection.team()).findOne();
                yield team == null ? l10n.text("exchangeHistory.what.unknownTeam")
                        : l10n.text("exchangeHistory.what.team", team.getName());
            }
            case PERIOD -> l10n.text("exchangeHistory.what.period", day.format(selection.from()),
                    day.format(selection.to()));
            case ACTIVITY -> {
                Activity activity = db.find(Activity.class).usingTransaction(transaction).setIncludeSoftDeletes()
                        .setId(selection.activity()).findOne();
                yield activity == null ? l10n.text("exchangeHistory.what.unknownActivity")
                        : l10n.text("exchangeHistory.what.activity", activity.getTitle(),
                                activity.getHeldOn() == null ? "" : day.format(activity.getHeldOn()));
            }
        }).orElseGet(() -> l10n.text("exchangeHistory.what.unknown"));
    }

    /** The counts in the order of the interchange file's sections, kinds with none left out. */
    private String records(Map<String, Long> counts) {
        List<String> parts = new ArrayList<>();
        for (RecordKind kind : RecordKind.values()) {
            Long count = counts.get(kind.section());
            if (count != null && count > 0) {
                parts.add(l10n.text("exchangeHistory.count." + kind.name(), count));
            }
        }
        return parts.isEmpty() ? l10n.text("exchangeHistory.count.none") : String.join(", ", parts);
    }

    private static String shortId(String id) {
        return id.length() <= SHORT_ID ? id : id.substring(0, SHORT_ID);
    }

    /** The short form of an id, for tests that compare with the stored one. */
    static String shortId(UUID id) {
        return shortId(id.toString());
    }
}
