package org.inclusio.logic.analysis;

import io.ebean.Database;
import org.inclusio.model.StoreSetting;
import org.inclusio.model.query.QStoreSetting;

/**
 * The store's disclosure policy setting: the smallest count of people an analysis shows (the
 * suppression threshold), kept in the store so that everyone publishing from a shared store withholds
 * the same figures. Default {@value Suppression#DEFAULT_THRESHOLD}, never below
 * {@value Suppression#MINIMUM_THRESHOLD}; a stored value that is unusable counts as the default.
 */
public final class DisclosureSettings {

    /** The name of the setting in the store. */
    public static final String THRESHOLD = "disclosure.threshold";

    private final Database database;

    public DisclosureSettings(Database database) {
        this.database = database;
    }

    /** The threshold in force. */
    public int threshold() {
        StoreSetting row = new QStoreSetting(database).name.eq(THRESHOLD).findOne();
        if (row == null) {
            return Suppression.DEFAULT_THRESHOLD;
        }
        try {
            int stored = Integer.parseInt(row.getSetting().trim());
            return stored >= Suppression.MINIMUM_THRESHOLD ? stored : Suppression.DEFAULT_THRESHOLD;
        } catch (NumberFormatException unusable) {
            return Suppression.DEFAULT_THRESHOLD;
        }
    }

    /** The suppression policy of the store. */
    public Suppression suppression() {
        return new Suppression(threshold());
    }

    /**
     * Stores a new threshold.
     *
     * @throws IllegalArgumentException if it is below {@value Suppression#MINIMUM_THRESHOLD}
     */
    public void setThreshold(int threshold) {
        if (threshold < Suppression.MINIMUM_THRESHOLD) {
            throw new IllegalArgumentException("the suppression threshold is never below "
                    + Suppression.MINIMUM_THRESHOLD + ": " + threshold);
        }
        StoreSetting row = new QStoreSetting(database).name.eq(THRESHOLD).findOne();
        if (row == null) {
            row = new StoreSetting();
            row.setName(THRESHOLD);
        }
        row.setSetting(Integer.toString(threshold));
        database.save(row);
    }
}
