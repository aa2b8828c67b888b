package org.inclusio.benchmark;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.inclusio.app.AppServices;
import org.inclusio.logic.activity.ActivityQuery;
import org.inclusio.logic.activity.ActivityRow;
import org.inclusio.logic.common.ChoiceService;
import org.inclusio.logic.i18n.Localization;

/**
 * Times what opening the activity register reads before its first rows show: the pick lists and
 * the first page of the register's search (newest first), through the application's services. Each
 * run asks for a slightly different number of rows, so H2 cannot hand back a cached result.
 */
final class RegisterBenchmark {

    private RegisterBenchmark() {
    }

    /** Times opening the register on the store, {@code runs} times after one warm-up. */
    static Samples measure(Path storeDirectory, int runs) throws Exception {
        try (AppServices services = org.inclusio.testing.TestStores.services(storeDirectory, new Localization(Locale.ENGLISH))) {
            return Timer.time(1, runs, run -> open(services, run));
        }
    }

    private static void open(AppServices services, int run) {
        ChoiceService choices = services.choices();
        int lists = choices.teams().size() + choices.organisations().size() + choices.groups().size()
                + choices.barriers().size() + choices.accommodations().size();
        ActivityQuery first = ActivityQuery.all();
        ActivityQuery query = new ActivityQuery(first.text(), first.from(), first.to(), first.mode(), first.level(),
                first.teamId(), first.organisationId(), first.groupId(), first.groupPresent(), first.openFlagsOnly(),
                first.sort(), first.ascending(), first.limit() + 2 + run);
        // what the register waits for before its rows are visible; the total is counted after they show
        List<ActivityRow> rows = services.activities().rows(query);
        if (rows.isEmpty() || lists == 0) {
            throw new IllegalStateException("the register shows nothing");
        }
    }
}
