package org.inclusio.logic.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import org.inclusio.logic.analysis.Suppression;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.model.ProposalOutcome;

/**
 * Writes "you said, we did" letters as XHTML for the PDF renderer, in easy-read style: large type, short
 * sentences, one idea on each line, every letter on a page of its own. Every text a person entered is
 * escaped ({@link Html}).
 */
final class LetterHtml {

    /** The order the ideas are told in: what was done first, what is still open last. */
    static final List<ProposalOutcome> ORDER = List.of(ProposalOutcome.ADOPTED, ProposalOutcome.PARTLY_ADOPTED,
            ProposalOutcome.REJECTED, ProposalOutcome.PENDING);

    private final Localization l10n;
    private final Suppression suppression;
    private final DateTimeFormatter dates;
    private final StringBuilder out = new StringBuilder(32 * 1024);

    LetterHtml(Localization l10n, Suppression suppression) {
        this.l10n = l10n;
        this.suppression = suppression;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(l10n.locale());
    }

    /** The document's title: the same for every letter, and without anyone's name. */
    static String title(Localization l10n) {
        return l10n.text("letters.document.title");
    }

    String render(List<Letter> letters) {
        String language = l10n.locale().toLanguageTag();
        out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(Html.attribute(language))
                .append("\" xml:lang=\"").append(Html.attribute(language)).append("\"><head><title>")
                .append(Html.text(title(l10n))).append("</title>")
                .append("<meta name=\"subject\" content=\"").append(Html.attribute(l10n.text("letters.document.subject")))
                .append("\"/><style>").append(css()).append("</style></head><body>");
        boolean first = true;
        for (Letter letter : letters) {
            letter(letter, first);
            first = false;
        }
        out.append("</body></html>");
        return out.toString();
    }

    private static String css() {
        String fonts = "font-family: 'Liberation Sans', 'DejaVu Sans', 'Japanese Gothic';";
        return "@page { size: A4; margin: 20mm 20mm 22mm 22mm; }"
                + "body { " + fonts + " font-size: 16pt; line-height: 1.5; color: #000000; }"
                + ".letter { page-break-before: always; }"
                + ".letter.first { page-break-before: auto; }"
                + ".address { margin: 0 0 10mm 0; }"
                + ".address p { margin: 0; }"
                + ".date { margin: 0 0 8mm 0; }"
                + "h1 { font-size: 24pt; margin: 0 0 6mm 0; }"
                + "h2 { font-size: 19pt; margin: 8mm 0 3mm 0; page-break-after: avoid; }"
                + "p { margin: 0 0 2.5mm 0; }"
                + ".idea { margin: 0 0 6mm 0; padding: 0 0 0 5mm; border-left: 2pt solid #555555;"
                + " page-break-inside: avoid; }"
                + ".label { font-weight: bold; }";
    }

    private void letter(Letter letter, boolean first) {
        out.append("<div class=\"letter").append(first ? " first" : "").append("\">");
        if (letter.identity() != null) {
            out.append("<div class=\"address\"><p>").append(Html.text(letter.identity().name())).append("</p>");
            String address = letter.identity().postalAddress();
            if (address != null) {
                for (String line : address.split("\\R")) {
                    if (!line.isBlank()) {
                        out.append("<p>").append(Html.text(line.strip())).append("</p>");
                    }
                }
            }
            out.append("</div>");
        }
        out.append("<p class=\"date\">").append(Html.text(l10n.text("letters.date", dates.format(letter.date()))))
                .append("</p>");
        out.append("<h1>").append(Html.text(l10n.text("letters.heading"))).append("</h1>");
        String greeting = letter.identity() != null ? l10n.text("letters.greeting.named", letter.identity().name())
                : letter.code() != null ? l10n.text("letters.greeting.person", letter.code())
                : l10n.text("letters.greeting.group");
        paragraph(greeting);
        paragraph(l10n.text(letter.code() == null && letter.identity() == null ? "letters.thanks.group"
                : "letters.thanks.person"));
        about(letter);
        content(letter);
        out.append("<h2>").append(Html.text(l10n.text("letters.questions"))).append("</h2>");
        paragraph(letter.contact() == null ? l10n.text("letters.contact.none") : l10n.text("letters.contact"));
        if (letter.contact() != null) {
            out.append("<p class=\"label\">").append(Html.text(letter.contact())).append("</p>");
        }
        paragraph(l10n.text("letters.closing"));
        out.append("</div>");
    }

    private void about(Letter letter) {
        LetterQueries.ActivityLine activity = letter.activity();
        if (activity != null) {
            paragraph(l10n.text("letters.about.activity", activity.title(), dates.format(activity.heldOn())));
        } else {
            paragraph(l10n.text("letters.about.period", dates.format(letter.from()), dates.format(letter.to())));
            if (letter.team() != null) {
                paragraph(l10n.text("letters.about.team", letter.team()));
            }
        }
        paragraph(l10n.text("letters.purpose.said"));
        paragraph(l10n.text("letters.purpose.did"));
    }

    private void content(Letter letter) {
        Content content = letter.content();
        long total = content.counts().values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            out.append("<h2>").append(Html.text(l10n.text("letters.noneHeading"))).append("</h2>");
            paragraph(l10n.text("letters.none"));
            return;
        }
        for (ProposalOutcome outcome : ORDER) {
            long count = content.counts().getOrDefault(outcome, 0L);
            if (count == 0) {
                continue;
            }
            out.append("<h2>").append(Html.text(l10n.text("letters.outcome." + outcome.name() + ".heading")))
                    .append("</h2>");
            if (suppression.suppresses(count)) {
                paragraph(l10n.text("letters.withheld", suppression.threshold()));
                paragraph(l10n.text("letters.withheldWhy"));
                continue;
            }
            List<ProposalLine> lines = content.proposals().getOrDefault(outcome, List.of());
            for (ProposalLine line : lines) {
                idea(line, letter.activity() == null);
            }
            if (count > lines.size()) {
                paragraph(l10n.text("letters.more", lines.size()));
            }
        }
    }

    private void idea(ProposalLine line, boolean nameTheMeeting) {
        out.append("<div class=\"idea\">");
        labelled(l10n.text("letters.item.said"), line.content());
        labelled(l10n.text("letters.item.did"), l10n.text("letters.outcome." + line.outcome().name() + ".words"));
        if (line.outcome() != ProposalOutcome.PENDING) {
            if (line.reason() != null && !line.reason().isBlank()) {
                labelled(l10n.text("letters.item.why"), line.reason().strip());
            } else {
                paragraph(l10n.text("letters.item.noReason"));
            }
            if (line.outcomeOn() != null) {
                paragraph(l10n.text("letters.item.decided", dates.format(line.outcomeOn())));
            }
        } else if (line.reason() != null && !line.reason().isBlank()) {
            labelled(l10n.text("letters.item.why"), line.reason().strip());
        }
        if (nameTheMeeting) {
            paragraph(l10n.text("letters.item.meeting", line.activity(), dates.format(line.heldOn())));
        }
        out.append("</div>");
    }

    private void labelled(String label, String text) {
        out.append("<p><span class=\"label\">").append(Html.text(label)).append("</span> ").append(Html.text(text))
                .append("</p>");
    }

    private void paragraph(String text) {
        out.append("<p>").append(Html.text(text)).append("</p>");
    }

    /**
     * The proposals a letter tells about.
     *
     * @param counts    how many proposals have each outcome
     * @param proposals the proposals of each outcome whose count is shown, most recent first, at most
     *                  {@link ReportData#PROPOSALS_PER_OUTCOME} each
     */
    record Content(Map<ProposalOutcome, Long> counts, Map<ProposalOutcome, List<ProposalLine>> proposals) {
    }

    /**
     * One letter.
     *
     * @param code     the lay participant's code, or null for the letter to the group
     * @param identity their name and address, only when names were asked for and recorded; else null
     * @param date     the letter's date
     * @param activity the one activity the letter is about, or null for a period
     * @param from     the period's first day, for a period
     * @param to       the period's last day, for a period
     * @param team     the period's team name, or null
     * @param contact  who to contact, or null
     * @param content  the proposals
     */
    record Letter(String code, LetterQueries.Identity identity, LocalDate date, LetterQueries.ActivityLine activity,
                  LocalDate from, LocalDate to, String team, String contact, Content content) {
    }
}
