package org.inclusio.logic.privacy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.model.Term;
import org.inclusio.persistence.FilePermissions;

/**
 * Writes an {@link AccessReport} for the person it is about: a plain-text document in plain words, or
 * JSON for moving the data elsewhere (portability). The file is readable by its owner only and appears
 * complete or not at all: it is written beside the target under a temporary name and then moved into
 * place.
 */
public final class AccessWriter {

    /** The formats an access report can be written in. */
    public enum Format {
        TEXT, JSON;

        /** JSON for a name ending in .json, else text. */
        public static Format forFile(Path file) {
            String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".json") ? JSON : TEXT;
        }
    }

    private static final JsonFactory JSON = new JsonFactory();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final Localization l10n;

    public AccessWriter(Localization l10n) {
        this.l10n = l10n;
    }

    /** Writes the report to the file, replacing it if it exists; the file is private to its owner. */
    public void write(AccessReport report, Format format, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path temporary = target.resolveSibling("." + target.getFileName() + ".part");
        Files.deleteIfExists(temporary);
        FilePermissions.createPrivateFile(temporary);
        try {
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                if (format == Format.JSON) {
                    json(report, out);
                } else {
                    text(report, out);
                }
            }
            FilePermissions.sync(temporary);
            FilePermissions.moveAtomically(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The plain-text document. */
    public void text(AccessReport report, Writer out) throws IOException {
        AccessReport.Register register = report.register();
        line(out, t("privacy.access.title", register.code()));
        line(out, t("privacy.access.made", TIME.format(report.madeAt())));
        line(out, t("privacy.access.intro"));

        heading(out, "privacy.access.register");
        line(out, t("privacy.access.code", register.code()));
        line(out, t("privacy.access.role", l10n.label(register.role())));
        line(out, t("privacy.access.route", termOrNone(register.route())));
        line(out, t("privacy.access.paid", yesNo(register.paid())));
        line(out, t("privacy.access.leadPatient", yesNo(register.leadPatient())));
        line(out, t("privacy.access.association", orNone(register.association())));
        line(out, t("privacy.access.education", termOrNone(register.education())));
        line(out, t("privacy.access.recorded", register.recordedAt() == null ? "" : TIME.format(register.recordedAt()),
                register.changedAt() == null ? "" : TIME.format(register.changedAt())));
        if (register.inTrash()) {
            line(out, t("privacy.access.inTrash"));
        }

        heading(out, "privacy.access.identity");
        AccessReport.Identity identity = report.identity();
        if (identity == null) {
            line(out, t("privacy.access.noIdentity"));
        } else {
            line(out, t("privacy.access.fullName", orNone(identity.fullName())));
            line(out, t("privacy.access.email", orNone(identity.email())));
            line(out, t("privacy.access.phone", orNone(identity.phone())));
            line(out, t("privacy.access.address", orNone(identity.postalAddress()).replace('\n', ' ')));
        }

        heading(out, "privacy.access.consents");
        if (report.consents().isEmpty()) {
            line(out, t("privacy.access.none"));
        }
        for (AccessReport.ConsentHeld consent : report.consents()) {
            line(out, "- " + (consent.withdrawnOn() == null
                    ? t("privacy.access.consent", date(consent.givenOn()), l10n.label(consent.scope()))
                    : t("privacy.access.consentWithdrawn", date(consent.givenOn()), l10n.label(consent.scope()),
                            date(consent.withdrawnOn()))));
        }

        heading(out, "privacy.access.memberships");
        if (report.memberships().isEmpty()) {
            line(out, t("privacy.access.none"));
        }
        for (AccessReport.MembershipHeld membership : report.memberships()) {
            line(out, "- " + (membership.consentWithdrawnOn() == null
                    ? t("privacy.access.membership", membership.groupName(), date(membership.consentGivenOn()))
                    : t("privacy.access.membershipWithdrawn", membership.groupName(),
                            date(membership.consentGivenOn()), date(membership.consentWithdrawnOn()))));
        }

        heading(out, "privacy.access.seats");
        if (report.seats().isEmpty()) {
            line(out, t("privacy.access.none"));
        }
        for (AccessReport.SeatHeld seat : report.seats()) {
            line(out, "- " + t("privacy.access.seat", seat.team(), orNone(seat.profession()),
                    orNone(seat.areaOfCare()), termOrNone(seat.careLevel()), dateOrOpen(seat.joinedOn()),
                    dateOrOpen(seat.leftOn())));
        }

        heading(out, "privacy.access.activities");
        if (report.participations().isEmpty()) {
            line(out, t("privacy.access.none"));
        }
        for (AccessReport.ParticipationHeld p : report.participations()) {
            line(out, "- " + t("privacy.access.activity", date(p.heldOn()), p.title(), orNone(p.team()),
                    l10n.label(p.mode()), l10n.label(p.level())) + (p.activityInTrash()
                    ? " " + t("privacy.access.activityInTrash") : ""));
            line(out, "    " + t("privacy.access.invitation", yesNo(p.invited()), dateOrNone(p.invitedOn()),
                    termOrNone(p.channel())));
            line(out, "    " + t("privacy.access.attendance", termOrNone(p.attendance()), orNone(p.absenceReason())));
            line(out, "    " + t("privacy.access.contribution", p.speakingTurns(), p.questions()));
            line(out, "    " + t("privacy.access.ratings", numberOrNone(p.heardRating()),
                    numberOrNone(p.expressRating())));
            line(out, "    " + t("privacy.access.barriers", listOrNone(p.barriersMet())));
            line(out, "    " + t("privacy.access.accommodations", listOrNone(p.accommodationsOffered())));
        }

        heading(out, "privacy.access.proposals");
        if (report.proposals().isEmpty()) {
            line(out, t("privacy.access.none"));
        }
        for (AccessReport.ProposalHeld proposal : report.proposals()) {
            line(out, "- " + t("privacy.access.proposal", date(proposal.heldOn()), proposal.activity(),
                    proposal.content()));
            line(out, "    " + t("privacy.access.outcome", l10n.label(proposal.outcome()),
                    dateOrNone(proposal.outcomeOn()), orNone(proposal.outcomeReason())));
        }
        out.flush();
    }

    /** The same content as JSON; dates ISO, vocabulary values by their stable names. */
    public void json(AccessReport report, Writer out) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("madeAt", report.madeAt().toString());
            AccessReport.Register r = report.register();
            json.writeObjectFieldStart("person");
            json.writeStringField("code", r.code());
            enumField(json, "role", r.role());
            enumField(json, "recruitmentRoute", r.route());
            json.writeBooleanField("paid", r.paid());
            json.writeBooleanField("leadPatient", r.leadPatient());
            stringField(json, "association", r.association());
            enumField(json, "education", r.education());
            json.writeBooleanField("inTrash", r.inTrash());
            stringField(json, "recordedAt", r.recordedAt() == null ? null : r.recordedAt().toString());
            stringField(json, "changedAt", r.changedAt() == null ? null : r.changedAt().toString());
            json.writeEndObject();
            AccessReport.Identity identity = report.identity();
            if (identity == null) {
                json.writeNullField("identity");
            } else {
                json.writeObjectFieldStart("identity");
                stringField(json, "fullName", identity.fullName());
                stringField(json, "email", identity.email());
                stringField(json, "phone", identity.phone());
                stringField(json, "postalAddress", identity.postalAddress());
                json.writeEndObject();
            }
            json.writeArrayFieldStart("consents");
            for (AccessReport.ConsentHeld consent : report.consents()) {
                json.writeStartObject();
                dateField(json, "givenOn", consent.givenOn());
                enumField(json, "scope", consent.scope());
                dateField(json, "withdrawnOn", consent.withdrawnOn());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("groupMemberships");
            for (AccessReport.MembershipHeld membership : report.memberships()) {
                json.writeStartObject();
                json.writeStringField("groupCode", membership.groupCode());
                json.writeStringField("groupName", membership.groupName());
                dateField(json, "consentGivenOn", membership.consentGivenOn());
                dateField(json, "consentWithdrawnOn", membership.consentWithdrawnOn());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("teamSeats");
            for (AccessReport.SeatHeld seat : report.seats()) {
                json.writeStartObject();
                json.writeStringField("team", seat.team());
                stringField(json, "profession", seat.profession());
                stringField(json, "areaOfCare", seat.areaOfCare());
                enumField(json, "careLevel", seat.careLevel());
                dateField(json, "joinedOn", seat.joinedOn());
                dateField(json, "leftOn", seat.leftOn());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("activities");
            for (AccessReport.ParticipationHeld p : report.participations()) {
                json.writeStartObject();
                dateField(json, "heldOn", p.heldOn());
                json.writeStringField("title", p.title());
                stringField(json, "team", p.team());
                enumField(json, "mode", p.mode());
                enumField(json, "level", p.level());
                json.writeBooleanField("activityInTrash", p.activityInTrash());
                json.writeBooleanField("invited", p.invited());
                dateField(json, "invitedOn", p.invitedOn());
                enumField(json, "invitationChannel", p.channel());
                enumField(json, "attendance", p.attendance());
                stringField(json, "absenceReason", p.absenceReason());
                json.writeNumberField("speakingTurns", p.speakingTurns());
                json.writeNumberField("questions", p.questions());
                numberField(json, "heardRating", p.heardRating());
                numberField(json, "expressRating", p.expressRating());
                stringArray(json, "barriersMet", p.barriersMet());
                stringArray(json, "accommodationsOffered", p.accommodationsOffered());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("proposals");
            for (AccessReport.ProposalHeld proposal : report.proposals()) {
                json.writeStartObject();
                dateField(json, "heldOn", proposal.heldOn());
                json.writeStringField("activity", proposal.activity());
                json.writeStringField("content", proposal.content());
                enumField(json, "outcome", proposal.outcome());
                dateField(json, "outcomeOn", proposal.outcomeOn());
                stringField(json, "outcomeReason", proposal.outcomeReason());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write(System.lineSeparator());
        out.flush();
    }

    private String t(String key, Object... arguments) {
        return l10n.text(key, arguments);
    }

    private void heading(Writer out, String key) throws IOException {
        String title = t(key);
        out.write(System.lineSeparator());
        line(out, title);
        line(out, "-".repeat(title.length()));
    }

    private static void line(Writer out, String text) throws IOException {
        out.write(text);
        out.write(System.lineSeparator());
    }

    private String yesNo(boolean value) {
        return t(value ? "privacy.access.yes" : "privacy.access.no");
    }

    private String orNone(String text) {
        return text == null || text.isBlank() ? t("privacy.access.notRecorded") : text;
    }

    private String termOrNone(Term term) {
        return term == null ? t("privacy.access.notRecorded") : l10n.label(term);
    }

    private String numberOrNone(Integer number) {
        return number == null ? t("privacy.access.notRecorded") : number.toString();
    }

    private String listOrNone(List<String> names) {
        return names.isEmpty() ? t("privacy.access.none") : String.join(", ", names);
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private String dateOrNone(LocalDate date) {
        return date == null ? t("privacy.access.notRecorded") : date.toString();
    }

    private String dateOrOpen(LocalDate date) {
        return date == null ? t("privacy.access.open") : date.toString();
    }

    private static void stringField(JsonGenerator json, String name, String value) throws IOException {
        if (value == null) {
            json.writeNullField(name);
        } else {
            json.writeStringField(name, value);
        }
    }

    private static void enumField(JsonGenerator json, String name, Enum<?> value) throws IOException {
        stringField(json, name, value == null ? null : value.name());
    }

    private static void dateField(JsonGenerator json, String name, LocalDate value) throws IOException {
        stringField(json, name, value == null ? null : value.toString());
    }

    private static void numberField(JsonGenerator json, String name, Integer value) throws IOException {
        if (value == null) {
            json.writeNullField(name);
        } else {
            json.writeNumberField(name, value);
        }
    }

    private static void stringArray(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
