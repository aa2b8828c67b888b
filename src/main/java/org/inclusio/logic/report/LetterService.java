package org.inclusio.logic.report;

import io.ebean.Database;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.inclusio.logic.analysis.SqlCondition;
import org.inclusio.logic.analysis.Suppression;
import org.inclusio.logic.analysis.service.AnalysisServices;
import org.inclusio.logic.audit.AuditAction;
import org.inclusio.logic.audit.AuditTrail;
import org.inclusio.logic.common.Choice;
import org.inclusio.logic.exchange.ExportPassphrase;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.CancelledException;
import org.inclusio.logic.task.TaskContext;
import org.inclusio.model.ProposalOutcome;

/**
 * Makes "you said, we did" letters for one activity or a period: what the group proposed and what became
 * of each proposal, with the reason recorded, in easy-read language. Either one letter to each lay
 * participant who attended (addressed by their code; professionals get none) or one letter to the whole
 * group. The proposals go through the same queries and the same small-count suppression as the board
 * report's "you said, we did". Names and postal addresses are put on the letters only when asked for; each
 * person whose details are read is recorded in the audit trail as a reveal, and such letters are written only
 * encrypted with the user's passphrase (the unencrypted document never leaves memory).
 */
public final class LetterService {

    /** The most activities offered to choose from for one period. */
    public static final int ACTIVITIES_OFFERED = 500;

    private final AnalysisServices analysis;
    private final ReportQueries reports;
    private final LetterQueries letters;
    private final AuditTrail audit;
    private final Clock clock;

    public LetterService(Database database, AnalysisServices analysis, AuditTrail audit, Clock clock) {
        this.analysis = analysis;
        this.reports = new ReportQueries(database);
        this.letters = new LetterQueries(database);
        this.audit = audit;
        this.clock = clock;
    }

    /** The activity (not in the trash) with this id, named by its day and title. */
    public Optional<Choice> activity(UUID id) {
        return letters.activity(id).map(LetterService::choice);
    }

    /** The activities of a period (of one team when not null), most recent first, at most {@link #ACTIVITIES_OFFERED}. */
    public List<Choice> activities(LocalDate from, LocalDate to, UUID teamId) {
        if (from == null || to == null || from.isAfter(to)) {
            return List.of();
        }
        return letters.activities(from, to, teamId, ACTIVITIES_OFFERED).stream().map(LetterService::choice).toList();
    }

    private static Choice choice(LetterQueries.ActivityLine line) {
        return new Choice(line.id(), DateTimeFormatter.ISO_LOCAL_DATE.format(line.heldOn()) + " · " + line.title()
                + (line.team() == null ? "" : " (" + line.team() + ")"));
    }

    /** The team (not deleted) with this id or name. */
    public Optional<ReportScope> team(String idOrName) {
        return analysis.targets().team(idOrName).flatMap(reports::team);
    }

    /** The document's title in the request's language (the same for every letter, without names). */
    public static String title(LetterRequest request) {
        return LetterHtml.title(new Localization(request.locale()));
    }

    /**
     * Writes the letters as one PDF, each letter on a page of its own. Progress goes one step per letter;
     * cancelling stops it between letters (with {@link CancelledException}), leaving the stream incomplete.
     *
     * @param passphrase the passphrase the PDF is encrypted with; required (at least
     *                   {@link ExportPassphrase#MINIMUM_LENGTH} characters) when the request asks for names,
     *                   else ignored
     * @return how many letters were written
     * @throws NoLettersException when the activity is gone, or letters to each person have no one to go to
     */
    public int write(LetterRequest request, char[] passphrase, OutputStream out, TaskContext task)
            throws IOException, CancelledException, NoLettersException {
        if (request.withNames() && ExportPassphrase.check(passphrase, null).isPresent()) {
            throw new IllegalArgumentException("letters with names need a passphrase of at least "
                    + ExportPassphrase.MINIMUM_LENGTH + " characters");
        }
        LetterSelection selection = request.selection();
        LetterQueries.ActivityLine activity = null;
        if (selection.oneActivity()) {
            activity = letters.activity(selection.activityId())
                    .orElseThrow(() -> new NoLettersException(NoLettersException.Reason.NO_ACTIVITY));
        }
        String team = selection.teamId() == null ? null
                : reports.team(selection.teamId()).map(ReportScope::name).orElse(null);
        Suppression suppression = analysis.suppression();
        LocalDate today = LocalDate.now(clock);
        List<LetterQueries.Recipient> recipients = request.perPerson() ? letters.recipients(selection) : List.of();
        if (request.perPerson() && recipients.isEmpty()) {
            throw new NoLettersException(NoLettersException.Reason.NO_LAY_PARTICIPANTS);
        }
        task.updateProgress(0, recipients.size() + 1L);
        List<LetterHtml.Letter> written = new ArrayList<>();
        if (!request.perPerson()) {
            LetterHtml.Content content = content(LetterQueries.activities(selection), suppression);
            written.add(new LetterHtml.Letter(null, null, today, activity, selection.from(), selection.to(), team,
                    request.contact(), content));
        } else {
            // people who attended the same activities get the same content: read it once for them all
            Map<List<UUID>, LetterHtml.Content> contents = new HashMap<>();
            int done = 0;
            for (LetterQueries.Recipient recipient : recipients) {
                task.checkCancelled();
                LetterHtml.Content content = contents.get(recipient.activities());
                if (content == null) {
                    content = content(LetterQueries.attendedBy(selection, recipient.personId()), suppression);
                    contents.put(recipient.activities(), content);
                }
                LetterQueries.Identity identity = request.withNames() ? identity(recipient.personId()) : null;
                written.add(new LetterHtml.Letter(recipient.code(), identity, today, activity, selection.from(),
                        selection.to(), team, request.contact(), content));
                task.updateProgress(++done, recipients.size() + 1L);
            }
        }
        task.checkCancelled();
        Localization l10n = new Localization(request.locale());
        String xhtml = new LetterHtml(l10n, suppression).render(written);
        task.checkCancelled();
        if (request.withNames()) {
            // the document with names exists unencrypted only here, in memory
            ByteArrayOutputStream plain = new ByteArrayOutputStream();
            PdfOutput.render(xhtml, plain, false);
            byte[] bytes = plain.toByteArray();
            try {
                PdfOutput.encrypt(bytes, passphrase, out);
            } finally {
                java.util.Arrays.fill(bytes, (byte) 0);
            }
        } else {
            PdfOutput.render(xhtml, out);
        }
        task.updateProgress(1, 1);
        return written.size();
    }

    /** Reads a person's name and address for their letter, recorded in the audit trail as a reveal. */
    private LetterQueries.Identity identity(UUID personId) {
        audit.record(AuditAction.REVEAL_IDENTITY, "Person", personId, "name and address on a letter");
        return letters.identity(personId).orElse(null);
    }

    /** The proposals of the activities, by outcome; those of an outcome with a withheld count are not read. */
    private LetterHtml.Content content(SqlCondition activities, Suppression suppression) {
        Map<ProposalOutcome, Long> counts = reports.outcomeCounts(activities);
        Map<ProposalOutcome, List<ProposalLine>> proposals = new EnumMap<>(ProposalOutcome.class);
        for (ProposalOutcome outcome : ProposalOutcome.values()) {
            long count = counts.getOrDefault(outcome, 0L);
            if (count > 0 && !suppression.suppresses(count)) {
                proposals.put(outcome, reports.proposals(activities, outcome, ReportData.PROPOSALS_PER_OUTCOME));
            }
        }
        return new LetterHtml.Content(counts, proposals);
    }
}
