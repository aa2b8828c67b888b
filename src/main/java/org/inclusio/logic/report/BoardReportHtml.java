package org.inclusio.logic.report;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.DoubleStream;
import org.inclusio.logic.analysis.Count;
import org.inclusio.logic.analysis.Estimate;
import org.inclusio.logic.analysis.flags.FlagGrouping;
import org.inclusio.logic.analysis.flags.FlagRow;
import org.inclusio.logic.analysis.funnel.FunnelRow;
import org.inclusio.logic.analysis.matrix.MatrixCell;
import org.inclusio.logic.analysis.matrix.ModeLevelMatrix;
import org.inclusio.logic.analysis.representation.InfluenceRow;
import org.inclusio.logic.analysis.representation.RepresentationRow;
import org.inclusio.logic.analysis.table.AnalysisTable;
import org.inclusio.logic.analysis.table.AnalysisTables;
import org.inclusio.logic.analysis.table.Cell;
import org.inclusio.logic.analysis.table.Column;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.model.FlagStatus;
import org.inclusio.model.Level;
import org.inclusio.model.Mode;
import org.inclusio.model.ProposalOutcome;

/**
 * Writes a board report as XHTML for the PDF renderer: a title page, the contents with page numbers,
 * and the sections asked for. Figures are written as the analysis tables write them ({@link AnalysisTables}:
 * the same rounding and the same suppression marker as the screens and the {@code analyse} command);
 * every text a person entered is escaped ({@link Html}).
 */
final class BoardReportHtml {

    private final ReportData data;
    private final Localization l10n;
    private final AnalysisTables tables;
    private final DateTimeFormatter dates;
    private final StringBuilder out = new StringBuilder(64 * 1024);

    BoardReportHtml(ReportData data, Localization l10n) {
        this.data = data;
        this.l10n = l10n;
        this.tables = new AnalysisTables(l10n, data.suppression());
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(l10n.locale());
    }

    /** The report's title: what it covers and when. */
    static String title(ReportRequest request, Localization l10n) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(l10n.locale());
        return l10n.text("report.document.title", scopeName(request.scope(), l10n), dates.format(request.from()),
                dates.format(request.to()));
    }

    /** The name of what a report covers: the region, or the organisation's or team's name. */
    static String scopeName(ReportScope scope, Localization l10n) {
        return switch (scope.kind()) {
            case REGION -> l10n.text("report.scope.region");
            case ORGANISATION -> l10n.text("report.scope.organisation", scope.name());
            case TEAM -> l10n.text("report.scope.team", scope.name());
        };
    }

    String render() {
        ReportRequest request = data.request();
        String language = l10n.locale().toLanguageTag();
        out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(Html.attribute(language))
                .append("\" xml:lang=\"").append(Html.attribute(language)).append("\"><head><title>")
                .append(Html.text(title(request, l10n))).append("</title>")
                .append("<meta name=\"author\" content=\"").append(Html.attribute(data.programVersion())).append("\"/>")
                .append("<meta name=\"subject\" content=\"").append(Html.attribute(l10n.text("report.document.subject")))
                .append("\"/>");
        bookmarks();
        out.append("<style>").append(css()).append("</style></head><body>");
        titlePage();
        contents();
        for (ReportSection section : ReportSection.values()) {
            if (request.wants(section)) {
                out.append("<div class=\"section\" id=\"").append(anchor(section)).append("\"><h2>")
                        .append(Html.text(sectionTitle(section))).append("</h2>");
                switch (section) {
                    case SUMMARY -> summary();
                    case MATRIX -> matrix();
                    case REPRESENTATION -> representation();
                    case INFLUENCE -> influence();
                    case FUNNEL -> funnel();
                    case FLAGS -> flags();
                    case YOU_SAID_WE_DID -> proposals();
                    case GOVERNANCE -> governance();
                    case METHOD -> method();
                }
                out.append("</div>");
            }
        }
        out.append("</body></html>");
        return out.toString();
    }

    private String sectionTitle(ReportSection section) {
        return l10n.text("report.section." + section.name());
    }

    private static String anchor(ReportSection section) {
        return "section-" + section.option();
    }

    // ---- frame ----------------------------------------------------------------------------------------

    private String css() {
        String page = l10n.text("report.pageNumber");
        String counter = "\"" + cssString(page).replace("{0}", "\" counter(page) \"").replace("{1}", "\" counter(pages) \"")
                + "\"";
        return "@page { size: A4; margin: 18mm 16mm 20mm 16mm;"
                + " @bottom-center { content: " + counter + "; font-family: 'Liberation Sans', 'DejaVu Sans', 'Japanese Gothic';"
                + " font-size: 8.5pt; color: #444444; }"
                + " @top-right { content: \"" + cssString(title(data.request(), l10n)) + "\";"
                + " font-family: 'Liberation Sans', 'DejaVu Sans', 'Japanese Gothic'; font-size: 8pt; color: #666666; } }"
                + "@page :first { @top-right { content: none; } }"
                + "body { font-family: 'Liberation Sans', 'DejaVu Sans', 'Japanese Gothic'; font-size: 10pt; line-height: 1.35;"
                + " color: #111111; }"
                + "h1 { font-size: 24pt; margin: 40mm 0 6mm 0; color: #1f4e79; }"
                + "h2 { font-size: 16pt; color: #1f4e79; margin: 0 0 4mm 0; border-bottom: 1px solid #1f4e79;"
                + " padding-bottom: 1mm; }"
                + "h3 { font-size: 12pt; margin: 5mm 0 2mm 0; page-break-after: avoid; }"
                + ".section { page-break-before: always; }"
                + ".scope { font-size: 15pt; margin: 0 0 10mm 0; }"
                + "table { border-collapse: collapse; width: 100%; margin: 2mm 0 4mm 0; font-size: 8pt; }"
                + "th, td { border: 0.5pt solid #999999; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }"
                + "th { background-color: #e8eef5; }"
                + "td.n, th.n { text-align: right; }"
                + "td.n { white-space: nowrap; }"
                + "td.withheld { color: #555555; font-style: italic; }"
                + "td.gap { background-color: #fbe3e6; }"
                + "tr.nomember td { background-color: #fbe3e6; }"
                + ".nomember-note { color: #b00020; }"
                + "table.facts { width: auto; font-size: 10pt; }"
                + "table.facts th { background-color: transparent; border: none; padding-right: 6mm; }"
                + "table.facts td { border: none; }"
                + "td.chart { padding: 0.5mm 1mm; width: 49mm; }"
                + "ol.toc li { margin: 1.5mm 0; }"
                + "ol.toc a { color: #111111; text-decoration: none; }"
                + "ol.toc a::after { content: leader('.') target-counter(attr(href), page); }"
                + ".muted { color: #555555; }"
                + "p.note { font-size: 8.5pt; color: #444444; }";
    }

    /** A text inside a CSS string in double quotes. */
    private static String cssString(String text) {
        return Html.text(text).replace("\\", "\\\\").replace("&quot;", "\\\"").replace("\n", " ");
    }

    private void bookmarks() {
        out.append("<bookmarks><bookmark name=\"").append(Html.attribute(l10n.text("report.contents")))
                .append("\" href=\"#contents\"/>");
        for (ReportSection section : ReportSection.values()) {
            if (data.request().wants(section)) {
                out.append("<bookmark name=\"").append(Html.attribute(sectionTitle(section))).append("\" href=\"#")
                        .append(anchor(section)).append("\"/>");
            }
        }
        out.append("</bookmarks>");
    }

    private void titlePage() {
        ReportRequest request = data.request();
        out.append("<div class=\"title-page\"><h1>").append(Html.text(l10n.text("report.heading"))).append("</h1>");
        out.append("<p class=\"scope\">").append(Html.text(scopeName(request.scope(), l10n))).append("</p>");
        out.append("<table class=\"facts\">");
        fact(l10n.text("report.fact.period"), l10n.text("report.period", dates.format(request.from()),
                dates.format(request.to())));
        fact(l10n.text("report.fact.filters"), filters());
        fact(l10n.text("report.fact.sections"), request.sections().isEmpty() ? l10n.text("report.contents.none")
                : String.join(", ", request.sections().stream().map(this::sectionTitle).toList()));
        fact(l10n.text("report.fact.source"), data.dataSource());
        fact(l10n.text("report.fact.made"), DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(l10n.locale()).format(data.made()));
        fact(l10n.text("report.fact.version"), data.programVersion());
        fact(l10n.text("report.fact.suppression"), l10n.text("report.suppression.short",
                data.suppression().threshold() - 1, data.suppression().marker()));
        out.append("</table></div>");
    }

    private String filters() {
        ReportScope scope = data.request().scope();
        return switch (scope.kind()) {
            case REGION -> l10n.text("report.filters.none");
            case ORGANISATION -> l10n.text("report.filters.organisation", scope.name());
            case TEAM -> l10n.text("report.filters.team", scope.name());
        };
    }

    private void fact(String name, String value) {
        out.append("<tr><th scope=\"row\">").append(Html.text(name)).append("</th><td>").append(Html.text(value))
                .append("</td></tr>");
    }

    private void contents() {
        out.append("<div class=\"section\" id=\"contents\"><h2>").append(Html.text(l10n.text("report.contents")))
                .append("</h2><ol class=\"toc\">");
        for (ReportSection section : ReportSection.values()) {
            if (data.request().wants(section)) {
                String title = sectionTitle(section);
                out.append("<li><a href=\"#").append(anchor(section)).append("\" title=\"").append(Html.attribute(title))
                        .append("\">").append(Html.text(title)).append("</a></li>");
            }
        }
        out.append("</ol>");
        if (data.request().sections().isEmpty()) {
            paragraph(l10n.text("report.contents.none"));
        }
        out.append("</div>");
    }

    // ---- summary --------------------------------------------------------------------------------------

    private void summary() {
        ReportRequest request = data.request();
        long activities = activities(data.matrix());
        FunnelRow everyone = data.funnel().get(0);
        if (activities == 0) {
            paragraph(l10n.text("report.summary.nothing", dates.format(request.from()), dates.format(request.to())));
        } else {
            paragraph(l10n.text("report.summary.covered", activities, dates.format(request.from()),
                    dates.format(request.to()), figure(everyone.attended()), figure(everyone.spoke()),
                    figure(everyone.adopted())));
        }
        List<String> gaps = data.matrix().emptyCells().stream()
                .map(cell -> l10n.text("report.matrix.cell", l10n.label(cell.mode()), l10n.label(cell.level())))
                .toList();
        paragraph(gaps.isEmpty() ? l10n.text("report.summary.noGaps")
                : l10n.text("report.summary.gaps", gaps.size(), String.join("; ", gaps)));

        List<FunnelRow> groups = data.funnel().subList(1, data.funnel().size());
        if (groups.isEmpty()) {
            paragraph(l10n.text("report.summary.noGroups"));
        } else {
            List<String> noPlace = groups.stream().filter(BoardReportHtml::noPlace).map(row -> row.group().name())
                    .toList();
            List<String> noSay = groups.stream().filter(BoardReportHtml::noSay).map(row -> row.group().name())
                    .toList();
            paragraph(noPlace.isEmpty() ? l10n.text("report.summary.everyPlace")
                    : l10n.text("report.summary.noPlace", noPlace.size(), String.join(", ", noPlace)));
            paragraph(noSay.isEmpty() ? l10n.text("report.summary.everySay")
                    : l10n.text("report.summary.noSay", noSay.size(), String.join(", ", noSay)));
        }
        List<String> under = data.representation().stream()
                .filter(row -> row.ratio().available() && row.ratio().interval().upper() < 1)
                .map(row -> l10n.text("report.summary.groupInTeam", row.group().name(), teamName(row.teamName())))
                .toList();
        if (!under.isEmpty()) {
            List<String> named = under.size() > 8 ? under.subList(0, 8) : under;
            paragraph(l10n.text("report.summary.under", under.size(), String.join("; ", named))
                    + (under.size() > named.size() ? " " + l10n.text("report.summary.more", under.size() - named.size())
                    : ""));
        }
        long open = data.flags().stream().filter(BoardReportHtml::open).count();
        long handled = data.flags().stream().filter(BoardReportHtml::handled).count();
        paragraph(l10n.text("report.summary.flags", open, handled));

        out.append("<h3>").append(Html.text(l10n.text("report.summary.change.title"))).append("</h3>");
        paragraph(l10n.text("report.summary.change.intro", dates.format(request.previousFrom()),
                dates.format(request.previousTo())));
        FunnelRow before = data.previousFunnel().get(0);
        out.append("<table><thead><tr><th scope=\"col\">").append(Html.text(l10n.text("report.summary.change.measure")))
                .append("</th><th scope=\"col\" class=\"n\">").append(Html.text(l10n.text("report.summary.change.now")))
                .append("</th><th scope=\"col\" class=\"n\">").append(Html.text(l10n.text("report.summary.change.before")))
                .append("</th></tr></thead><tbody>");
        change(l10n.text("report.summary.change.activities"), Long.toString(activities),
                Long.toString(activities(data.previousMatrix())));
        change(l10n.text("report.summary.change.attended"), figure(everyone.attended()), figure(before.attended()));
        change(l10n.text("report.summary.change.spoke"), figure(everyone.spoke()), figure(before.spoke()));
        change(l10n.text("report.summary.change.adopted"), figure(everyone.adopted()), figure(before.adopted()));
        change(l10n.text("report.summary.change.gaps"), Integer.toString(data.matrix().emptyCells().size()),
                Integer.toString(data.previousMatrix().emptyCells().size()));
        if (!groups.isEmpty()) {
            change(l10n.text("report.summary.change.noPlace"), Long.toString(groups.stream()
                    .filter(BoardReportHtml::noPlace).count()), Long.toString(data.previousFunnel()
                    .subList(1, data.previousFunnel().size()).stream().filter(BoardReportHtml::noPlace).count()));
        }
        out.append("</tbody></table>");
    }

    private void change(String measure, String now, String before) {
        out.append("<tr><th scope=\"row\">").append(Html.text(measure)).append("</th><td class=\"n\">")
                .append(Html.text(now)).append("</td><td class=\"n\">").append(Html.text(before)).append("</td></tr>");
    }

    /** The activities of the period: the matrix's cells together (activity counts are never withheld). */
    private static long activities(ModeLevelMatrix matrix) {
        return matrix.cells().stream().mapToLong(MatrixCell::activities).sum();
    }

    /** No member of the group attended: a shown zero. */
    private static boolean noPlace(FunnelRow row) {
        return zero(row.attended());
    }

    /** Members attended (a withheld count is above zero) but none spoke or proposed. */
    private static boolean noSay(FunnelRow row) {
        return !zero(row.attended()) && zero(row.spoke()) && zero(row.proposed());
    }

    private static boolean zero(Count count) {
        return !count.suppressed() && count.value() == 0;
    }

    private static boolean open(FlagRow flag) {
        return flag.status() == FlagStatus.OPEN || flag.status() == FlagStatus.ACKNOWLEDGED;
    }

    private static boolean handled(FlagRow flag) {
        return flag.status() == FlagStatus.MITIGATED || flag.status() == FlagStatus.RESOLVED;
    }

    /** A count as text: the number or the suppression marker. */
    private String figure(Count count) {
        return data.suppression().format(count);
    }

    private String teamName(String name) {
        return name == null ? l10n.text("analysis.noTeam") : name;
    }

    // ---- matrix ---------------------------------------------------------------------------------------

    private void matrix() {
        paragraph(l10n.text("report.matrix.intro"));
        out.append("<table><thead><tr><th scope=\"col\">").append(Html.text(l10n.text("analysis.column.mode")))
                .append("</th>");
        for (Level level : Level.values()) {
            out.append("<th scope=\"col\" class=\"n\">").append(Html.text(l10n.label(level))).append("</th>");
        }
        out.append("</tr></thead><tbody>");
        for (Mode mode : Mode.values()) {
            out.append("<tr><th scope=\"row\">").append(Html.text(l10n.label(mode))).append("</th>");
            for (Level level : Level.values()) {
                MatrixCell cell = data.matrix().cell(mode, level);
                if (cell.empty()) {
                    out.append("<td class=\"n gap\">").append(Html.text(l10n.text("report.matrix.gap"))).append("</td>");
                } else {
                    out.append("<td class=\"n\">").append(cell.activities()).append("</td>");
                }
            }
            out.append("</tr>");
        }
        out.append("</tbody></table>");
        List<String> gaps = data.matrix().emptyCells().stream()
                .map(cell -> l10n.text("report.matrix.cell", l10n.label(cell.mode()), l10n.label(cell.level())))
                .toList();
        paragraph(gaps.isEmpty() ? l10n.text("report.summary.noGaps")
                : l10n.text("report.summary.gaps", gaps.size(), String.join("; ", gaps)));
        out.append("<h3>").append(Html.text(l10n.text("report.matrix.figures"))).append("</h3>");
        table(tables.matrix(data.matrix()), List.of("mode", "level", "activities", "participants", "layParticipants",
                "personHours", "groupsPresent", "anonymousParticipants"));
    }

    // ---- representation and influence -----------------------------------------------------------------

    private void representation() {
        paragraph(l10n.text("report.representation.intro"));
        if (data.representation().isEmpty()) {
            paragraph(l10n.text("report.none"));
            return;
        }
        IntervalChart chart = IntervalChart.forUpperBounds(data.representation().stream()
                .filter(row -> row.ratio().available()).flatMapToDouble(row -> DoubleStream.of(row.ratio()
                        .interval().upper())));
        chartLegend(chart);
        AnalysisTable table = tables.representation(data.representation());
        Map<String, List<Integer>> byTeam = rowsByTeam(data.representation().stream().map(RepresentationRow::teamName)
                .toList());
        byTeam.forEach((team, rows) -> {
            out.append("<h3>").append(Html.text(teamName(team))).append("</h3>");
            out.append("<table><thead><tr>");
            header(l10n.text("analysis.column.group"), false);
            header(l10n.text("analysis.column.groupParticipants"), true);
            header(l10n.text("analysis.column.layParticipants"), true);
            header(l10n.text("report.column.share"), true);
            header(l10n.text("analysis.column.referencePercent"), true);
            header(l10n.text("report.column.ratio"), true);
            header(l10n.text("report.column.chart", chartMax(chart)), false);
            out.append("</tr></thead><tbody>");
            for (int index : rows) {
                RepresentationRow row = data.representation().get(index);
                boolean noMember = zero(row.groupParticipants()) && !zero(row.participants());
                out.append(noMember ? "<tr class=\"nomember\">" : "<tr>");
                groupCell(row.group().name(), noMember);
                cell(table.cell(index, "groupParticipants"));
                cell(table.cell(index, "participants"));
                rangeCell(table.cell(index, "sharePercent"), table.cell(index, "shareLowPercent"),
                        table.cell(index, "shareHighPercent"));
                cell(table.cell(index, "referencePercent"));
                rangeCell(table.cell(index, "ratio"), table.cell(index, "ratioLow"), table.cell(index, "ratioHigh"));
                chartCell(chart, row.ratio(), noMember, row.group().name(), table.cell(index, "ratio"),
                        table.cell(index, "ratioLow"), table.cell(index, "ratioHigh"));
                out.append("</tr>");
            }
            out.append("</tbody></table>");
        });
    }

    private void influence() {
        paragraph(l10n.text("report.influence.intro"));
        if (data.influence().isEmpty()) {
            paragraph(l10n.text("report.none"));
            return;
        }
        IntervalChart chart = IntervalChart.forUpperBounds(data.influence().stream()
                .filter(row -> row.ratio().available()).flatMapToDouble(row -> DoubleStream.of(row.ratio()
                        .interval().upper())));
        chartLegend(chart);
        AnalysisTable table = tables.influence(data.influence());
        Map<String, List<Integer>> byTeam = rowsByTeam(data.influence().stream().map(InfluenceRow::teamName).toList());
        byTeam.forEach((team, rows) -> {
            out.append("<h3>").append(Html.text(teamName(team))).append("</h3>");
            out.append("<table><thead><tr>");
            header(l10n.text("analysis.column.group"), false);
            header(l10n.text("analysis.column.groupAdopted"), true);
            header(l10n.text("analysis.column.adopted"), true);
            header(l10n.text("analysis.column.adoptedSharePercent"), true);
            header(l10n.text("analysis.column.groupAttendances"), true);
            header(l10n.text("analysis.column.attendances"), true);
            header(l10n.text("analysis.column.attendanceSharePercent"), true);
            header(l10n.text("report.column.ratio"), true);
            header(l10n.text("report.column.chart", chartMax(chart)), false);
            out.append("</tr></thead><tbody>");
            for (int index : rows) {
                InfluenceRow row = data.influence().get(index);
                boolean noMember = zero(row.groupAttendances()) && !zero(row.attendances());
                out.append(noMember ? "<tr class=\"nomember\">" : "<tr>");
                groupCell(row.group().name(), noMember);
                cell(table.cell(index, "groupAdopted"));
                cell(table.cell(index, "adopted"));
                cell(table.cell(index, "adoptedSharePercent"));
                cell(table.cell(index, "groupAttendances"));
                cell(table.cell(index, "attendances"));
                cell(table.cell(index, "attendanceSharePercent"));
                rangeCell(table.cell(index, "ratio"), table.cell(index, "ratioLow"), table.cell(index, "ratioHigh"));
                chartCell(chart, row.ratio(), noMember, row.group().name(), table.cell(index, "ratio"),
                        table.cell(index, "ratioLow"), table.cell(index, "ratioHigh"));
                out.append("</tr>");
            }
            out.append("</tbody></table>");
        });
    }

    private static String chartMax(IntervalChart chart) {
        return Integer.toString((int) chart.scaleMax());
    }

    private void chartLegend(IntervalChart chart) {
        paragraph(l10n.text("report.chart.legend", chartMax(chart), data.suppression().marker()));
    }

    private static Map<String, List<Integer>> rowsByTeam(List<String> teams) {
        Map<String, List<Integer>> byTeam = new LinkedHashMap<>();
        for (int i = 0; i < teams.size(); i++) {
            byTeam.computeIfAbsent(Objects.toString(teams.get(i), null) == null ? "\u0000" : teams.get(i),
                    key -> new ArrayList<>()).add(i);
        }
        Map<String, List<Integer>> named = new LinkedHashMap<>();
        byTeam.forEach((key, rows) -> named.put("\u0000".equals(key) ? null : key, rows));
        return named;
    }

    private void groupCell(String group, boolean noMember) {
        out.append("<td>").append(Html.text(group)).append("</td>");
    }

    private void rangeCell(Cell value, Cell low, Cell high) {
        if (value.suppressed() || value.text().isEmpty()) {
            cell(value);
            return;
        }
        out.append("<td class=\"n\">").append(Html.text(l10n.text("report.range", value.text(), low.text(),
                high.text()))).append("</td>");
    }

    private void chartCell(IntervalChart chart, Estimate ratio, boolean noMember, String group, Cell value, Cell low,
                           Cell high) {
        String alt;
        if (noMember) {
            alt = l10n.text("report.chart.altNoMember", group);
        } else if (ratio.available()) {
            alt = l10n.text("report.chart.alt", group, value.text(), low.text(), high.text());
        } else if (ratio.status() == Estimate.Status.SUPPRESSED) {
            alt = l10n.text("report.chart.altWithheld", group);
        } else {
            alt = l10n.text("report.chart.altNone", group);
        }
        out.append("<td class=\"chart\">");
        if (ratio.status() == Estimate.Status.SUPPRESSED) {
            out.append("<span class=\"muted\">").append(Html.text(l10n.text("report.chart.withheld"))).append("</span>");
        } else if (!ratio.available() && !noMember) {
            out.append("<span class=\"muted\">").append(Html.text(l10n.text("report.chart.none"))).append("</span>");
        } else {
            out.append(chart.line(ratio, noMember, alt));
        }
        if (noMember) {
            out.append("<br/><span class=\"nomember-note\">").append(Html.text(l10n.text("report.noMember")))
                    .append("</span>");
        }
        out.append("</td>");
    }

    // ---- funnel ---------------------------------------------------------------------------------------

    private void funnel() {
        paragraph(l10n.text("report.funnel.intro"));
        table(tables.funnel(data.funnel()), List.of("group", "invited", "attended", "spoke", "proposed", "adopted"));
        paragraph(l10n.text("report.funnel.reading"));
    }

    // ---- flags ----------------------------------------------------------------------------------------

    private void flags() {
        paragraph(l10n.text("report.flags.intro"));
        List<FlagRow> open = data.flags().stream().filter(BoardReportHtml::open).toList();
        List<FlagRow> handled = data.flags().stream().filter(BoardReportHtml::handled).toList();
        long dismissed = data.flags().stream().filter(flag -> flag.status() == FlagStatus.DISMISSED).count();
        FlagGrouping grouping = new FlagGrouping(l10n, FlagRow::observation);
        out.append("<h3>").append(Html.text(l10n.text("report.flags.open", open.size()))).append("</h3>");
        if (open.isEmpty()) {
            paragraph(l10n.text("report.none"));
        } else {
            out.append("<ul>");
            for (FlagGrouping.RuleGroup group : grouping.group(open)) {
                out.append("<li>").append(Html.text(group.summary())).append(" (")
                        .append(Html.text(l10n.label(group.severity()))).append(")<ul>");
                for (FlagGrouping.TeamGroup team : group.teams()) {
                    out.append("<li>").append(Html.text(team.summary())).append("</li>");
                }
                out.append("</ul></li>");
            }
            out.append("</ul>");
        }
        out.append("<h3>").append(Html.text(l10n.text("report.flags.handled", handled.size()))).append("</h3>");
        if (handled.isEmpty()) {
            paragraph(l10n.text("report.none"));
        } else {
            out.append("<table><thead><tr>");
            header(l10n.text("analysis.column.rule"), false);
            header(l10n.text("analysis.column.team"), false);
            header(l10n.text("report.flags.where"), false);
            header(l10n.text("analysis.column.status"), false);
            header(l10n.text("report.flags.mitigation"), false);
            out.append("</tr></thead><tbody>");
            for (FlagRow flag : handled.subList(0, Math.min(handled.size(), ReportData.FLAGS_LISTED))) {
                out.append("<tr><td>").append(Html.text(flag.observation())).append("</td><td>")
                        .append(Html.text(teamName(flag.teamName()))).append("</td><td>")
                        .append(Html.text(grouping.flagText(flag))).append("</td><td>")
                        .append(Html.text(l10n.label(flag.status()))).append("</td><td>")
                        .append(Html.text(flag.statusReason() == null || flag.statusReason().isBlank()
                                ? l10n.text("report.flags.noMitigation") : flag.statusReason()))
                        .append("</td></tr>");
            }
            out.append("</tbody></table>");
            if (handled.size() > ReportData.FLAGS_LISTED) {
                paragraph(l10n.text("report.flags.moreHandled", ReportData.FLAGS_LISTED));
            }
        }
        if (dismissed > 0) {
            paragraph(l10n.text("report.flags.dismissed", dismissed));
        }
    }

    // ---- you said, we did -----------------------------------------------------------------------------

    private void proposals() {
        paragraph(l10n.text("report.proposals.intro"));
        out.append("<table><thead><tr>");
        header(l10n.text("report.proposals.outcome"), false);
        header(l10n.text("report.proposals.count"), true);
        out.append("</tr></thead><tbody>");
        for (ProposalOutcome outcome : ProposalOutcome.values()) {
            out.append("<tr><th scope=\"row\">").append(Html.text(l10n.label(outcome))).append("</th>");
            cell(Cell.count(data.suppression().count(data.outcomeCounts().get(outcome)), data.suppression()));
            out.append("</tr>");
        }
        out.append("</tbody></table>");
        for (ProposalOutcome outcome : ProposalOutcome.values()) {
            long count = data.outcomeCounts().get(outcome);
            if (count == 0) {
                continue;
            }
            out.append("<h3>").append(Html.text(l10n.label(outcome))).append("</h3>");
            if (data.suppression().suppresses(count)) {
                paragraph(l10n.text("report.proposals.withheld", data.suppression().marker()));
                continue;
            }
            List<ProposalLine> lines = data.proposals().getOrDefault(outcome, List.of());
            out.append("<table><thead><tr>");
            header(l10n.text("report.proposals.activity"), false);
            header(l10n.text("report.proposals.said"), false);
            header(l10n.text("report.proposals.did"), false);
            out.append("</tr></thead><tbody>");
            for (ProposalLine line : lines) {
                out.append("<tr><td>").append(Html.text(dates.format(line.heldOn()))).append("<br/>")
                        .append(Html.text(line.activity()));
                if (line.team() != null) {
                    out.append("<br/><span class=\"muted\">").append(Html.text(line.team())).append("</span>");
                }
                out.append("</td><td>").append(Html.text(line.content())).append("</td><td>")
                        .append(Html.text(l10n.label(line.outcome())));
                if (line.outcomeOn() != null) {
                    out.append(", ").append(Html.text(dates.format(line.outcomeOn())));
                }
                if (line.reason() != null && !line.reason().isBlank()) {
                    out.append(": ").append(Html.text(line.reason()));
                }
                out.append("</td></tr>");
            }
            out.append("</tbody></table>");
            if (count > lines.size()) {
                paragraph(l10n.text("report.proposals.more", lines.size()));
            }
        }
    }

    // ---- governance -----------------------------------------------------------------------------------

    private void governance() {
        paragraph(l10n.text("report.governance.intro"));
        if (data.organisations().isEmpty()) {
            paragraph(l10n.text("report.none"));
            return;
        }
        for (ReportQueries.OrganisationLine organisation : data.organisations()) {
            out.append("<h3>").append(Html.text(organisation.name())).append("</h3>");
            if (organisation.model() == null) {
                paragraph(l10n.text("report.governance.unknown"));
            } else {
                out.append("<p><b>").append(Html.text(l10n.label(organisation.model()))).append("</b>. ")
                        .append(Html.text(l10n.help(organisation.model()))).append("</p>");
            }
            if (organisation.description() != null && !organisation.description().isBlank()) {
                out.append("<p class=\"muted\">").append(Html.text(organisation.description())).append("</p>");
            }
        }
    }

    // ---- method ---------------------------------------------------------------------------------------

    private void method() {
        out.append("<h3>").append(Html.text(l10n.text("report.method.definitions"))).append("</h3>");
        paragraph(l10n.text("report.method.modeLevel"));
        paragraph(l10n.text("report.method.representation"));
        paragraph(l10n.text("report.method.influence"));
        paragraph(l10n.text("report.method.funnel"));
        paragraph(l10n.text("report.method.flags"));
        paragraph(l10n.text("report.method.previous"));
        out.append("<h3>").append(Html.text(l10n.text("report.method.suppression"))).append("</h3>");
        paragraph(l10n.text("report.method.suppressionText", data.suppression().threshold(),
                data.suppression().threshold() - 1, data.suppression().marker()));
        out.append("<h3>").append(Html.text(l10n.text("report.method.intervals"))).append("</h3>");
        paragraph(l10n.text("report.method.intervalsText"));
    }

    // ---- tables ---------------------------------------------------------------------------------------

    /** An analysis table, only the columns named, as the analysis tables write them. */
    private void table(AnalysisTable table, List<String> columnIds) {
        List<Integer> shown = new ArrayList<>();
        for (String id : columnIds) {
            for (int i = 0; i < table.columns().size(); i++) {
                if (table.columns().get(i).id().equals(id)) {
                    shown.add(i);
                }
            }
        }
        out.append("<table><thead><tr>");
        for (int i : shown) {
            Column column = table.columns().get(i);
            header(l10n.text(column.headerKey()), column.numeric());
        }
        out.append("</tr></thead><tbody>");
        for (List<Cell> row : table.rows()) {
            out.append("<tr>");
            for (int i : shown) {
                Column column = table.columns().get(i);
                if (column.numeric()) {
                    cell(row.get(i));
                } else {
                    out.append("<td>").append(Html.text(row.get(i).text())).append("</td>");
                }
            }
            out.append("</tr>");
        }
        out.append("</tbody></table>");
    }

    private void header(String text, boolean numeric) {
        out.append(numeric ? "<th scope=\"col\" class=\"n\">" : "<th scope=\"col\">").append(Html.text(text))
                .append("</th>");
    }

    private void cell(Cell cell) {
        out.append(cell.suppressed() ? "<td class=\"n withheld\">" : "<td class=\"n\">").append(Html.text(cell.text()))
                .append("</td>");
    }

    private void paragraph(String text) {
        out.append("<p>").append(Html.text(text)).append("</p>");
    }
}
