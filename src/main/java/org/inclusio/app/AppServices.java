package org.inclusio.app;

import java.nio.file.Path;
import java.time.Clock;
import org.inclusio.logic.exchange.TempFiles;
import org.inclusio.logic.exchange.InterchangeExporter;
import org.inclusio.logic.exchange.InterchangeImporter;
import org.inclusio.logic.exchange.sheet.MappingMemory;
import org.inclusio.logic.exchange.sheet.SheetImportService;
import org.inclusio.logic.activity.ActivityService;
import org.inclusio.logic.analysis.service.AnalysisServices;
import org.inclusio.logic.common.ChoiceService;
import org.inclusio.logic.demo.ExampleRegionService;
import org.inclusio.logic.flag.FlagService;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.store.StoreInfoService;
import org.inclusio.logic.person.PersonDirectory;
import org.inclusio.logic.person.PersonService;
import org.inclusio.logic.audit.AuditAction;
import org.inclusio.logic.audit.AuditTrail;
import org.inclusio.logic.privacy.PrivacyLog;
import org.inclusio.logic.privacy.PrivacyServices;
import org.inclusio.logic.store.VocabularyService;
import org.inclusio.logic.store.VocabularyTexts;
import org.inclusio.logic.team.OrganisationService;
import org.inclusio.logic.team.TeamService;
import org.inclusio.logic.trash.TrashService;
import org.inclusio.persistence.Store;
import org.inclusio.persistence.StoreFactory;
import org.inclusio.persistence.StoreSecret;

/**
 * The composition root's logic half: opens the store and builds every service over it, by
 * constructor. The window and the command line both start from here.
 */
public final class AppServices implements AutoCloseable {

    private final Store store;
    private final Localization l10n;
    private final VocabularyService vocabulary;
    private final StoreInfoService storeInfo;
    private final ExampleRegionService exampleRegion;
    private final ActivityService activities;
    private final ChoiceService choices;
    private final PersonDirectory personDirectory;
    private final TrashService trash;
    private final TeamService teams;
    private final OrganisationService organisations;
    private final PersonService people;
    private final FlagService flags;
    private final InterchangeImporter interchangeImporter;
    private final InterchangeExporter interchangeExporter;
    private final AnalysisServices analysis;
    private final SheetImportService sheetImport;
    private final PrivacyServices privacy;
    private final org.inclusio.logic.workshop.WorkshopService workshops;

    private AppServices(Store store, Localization l10n) {
        this.store = store;
        this.l10n = l10n;
        this.vocabulary = new VocabularyService(store.database(), new VocabularyTexts(l10n));
        this.storeInfo = new StoreInfoService(store.database());
        this.exampleRegion = new ExampleRegionService(store.database(), vocabulary, l10n);
        this.activities = new ActivityService(store.database(), l10n);
        this.choices = new ChoiceService(store.database(), vocabulary.texts());
        this.personDirectory = new PersonDirectory(store.database(), l10n);
        this.trash = new TrashService(store.database(), l10n);
        this.teams = new TeamService(store.database(), l10n);
        this.organisations = new OrganisationService(store.database(), l10n);
        this.people = new PersonService(store.database(), l10n);
        this.flags = new FlagService(store.database(), l10n);
        this.interchangeImporter = new InterchangeImporter(store.database(), l10n);
        this.interchangeExporter = new InterchangeExporter(store.database(), l10n, Clock.systemUTC());
        this.analysis = new AnalysisServices(store.database(), store.aggregates(), l10n, Clock.systemDefaultZone(),
                new TempFiles(store.directory()));
        this.sheetImport = new SheetImportService(store.database(), l10n, activities, people,
                MappingMemory.forCurrentUser());
        // the audit trail connects here: erasures, access exports and purges report to this log
        this.workshops = new org.inclusio.logic.workshop.WorkshopService(store.database(), l10n,
                Clock.systemDefaultZone(), activities, people, personDirectory);
        this.privacy = new PrivacyServices(store.database(), l10n, Clock.systemDefaultZone(),
                auditedPrivacy(new AuditTrail(store.database())));
    }

    /** Opens the existing store in the directory with what the user gave to unlock it. */
    public static AppServices open(Path storeDirectory, StoreSecret secret, Localization l10n) {
        return over(new StoreFactory().open(storeDirectory, secret), l10n);
    }

    /** Builds every service over a store already open, and makes sure its built-in vocabularies exist. */
    public static AppServices over(Store store, Localization l10n) {
        try {
            AppServices services = new AppServices(store, l10n);
            services.vocabulary.seedBuiltIns();
            return services;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * The same services over the same open store, speaking another language (the window switched language);
     * the store is not opened again, and these services are not closed: closing either closes the store.
     */
    AppServices speaking(Localization language) {
        return new AppServices(store, language);
    }

    public Store store() {
        return store;
    }

    /** What the user may do: everything on this computer, what the account allows on a region's server. */
    public org.inclusio.logic.security.Permissions permissions() {
        return new org.inclusio.logic.security.Permissions(store.access());
    }

    public Localization localization() {
        return l10n;
    }

    public VocabularyService vocabulary() {
        return vocabulary;
    }

    public StoreInfoService storeInfo() {
        return storeInfo;
    }

    public ExampleRegionService exampleRegion() {
        return exampleRegion;
    }

    public ActivityService activities() {
        return activities;
    }

    public ChoiceService choices() {
        return choices;
    }

    public PersonDirectory personDirectory() {
        return personDirectory;
    }

    public TrashService trash() {
        return trash;
    }

    public TeamService teams() {
        return teams;
    }

    public OrganisationService organisations() {
        return organisations;
    }

    public PersonService people() {
        return people;
    }

    public FlagService flags() {
        return flags;
    }

    public InterchangeImporter interchangeImporter() {
        return interchangeImporter;
    }

    public InterchangeExporter interchangeExporter() {
        return interchangeExporter;
    }

    /**
     * The board report over this store, made with the analyses above; the title page names the store by its
     * folder and the program by its version.
     */
    public org.inclusio.logic.report.BoardReportService boardReports() {
        String source;
        if (store.isServer()) {
            source = store.server().database() + " (" + store.server().host() + ")";
        } else {
            java.nio.file.Path folder = store.directory().toAbsolutePath().normalize();
            source = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
        }
        org.inclusio.logic.AppInfo info = org.inclusio.logic.AppInfo.bundled();
        return new org.inclusio.logic.report.BoardReportService(store.database(), analysis, Clock.systemDefaultZone(),
                source, info.name() + " " + info.version());
    }

    /** "You said, we did" letters over this store; reading a person's name for a letter is audited. */
    public org.inclusio.logic.report.LetterService letters() {
        return new org.inclusio.logic.report.LetterService(store.database(), analysis, new AuditTrail(store.database()),
                Clock.systemDefaultZone());
    }

    public AnalysisServices analysis() {
        return analysis;
    }

    public SheetImportService sheetImport() {
        return sheetImport;
    }

    public PrivacyServices privacy() {
        return privacy;
    }

    /** Runs activities as live workshops. */
    public org.inclusio.logic.workshop.WorkshopService workshops() {
        return workshops;
    }

    @Override
    public void close() {
        store.close();
    }

    /** The data subject's rights in the audit trail: that they were exercised, never who or what about them. */
    private static PrivacyLog auditedPrivacy(AuditTrail trail) {
        return new PrivacyLog() {
            @Override
            public void erased() {
                trail.record(AuditAction.ERASE, "Person", null, "a person was erased");
            }

            @Override
            public void accessExported(java.util.UUID personId) {
                trail.record(AuditAction.ACCESS_REPORT, "Person", personId, "access report written");
            }

            @Override
            public void identitiesPurged(int people) {
                trail.record(AuditAction.PURGE, "PersonIdentity", null,
                        "identities purged after the retention period: " + people);
            }
        };
    }
}
