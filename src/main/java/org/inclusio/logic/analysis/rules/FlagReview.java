package org.inclusio.logic.analysis.rules;

import io.ebean.Database;
import java.util.UUID;
import org.inclusio.model.ExclusionFlag;
import org.inclusio.model.FlagOrigin;
import org.inclusio.model.FlagStatus;

/**
 * A person's verdict on an automatic flag: acknowledged as a real problem, or dismissed as none,
 * with the reason kept in {@code statusReason}. The detector leaves such flags as they are.
 */
public final class FlagReview {

    /** The longest reason the store keeps. */
    public static final int REASON_LENGTH = 2000;

    private final Database database;

    public FlagReview(Database database) {
        this.database = database;
    }

    /** Accepts an automatic flag as a real problem; the reason may be empty. */
    public void acknowledge(UUID flagId, String reason) {
        review(flagId, FlagStatus.ACKNOWLEDGED, reason == null || reason.isBlank() ? null : reason.strip());
    }

    /**
     * Judges an automatic flag not to be a problem; a reason is required.
     *
     * @throws IllegalArgumentException if the reason is empty
     */
    public void dismiss(UUID flagId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("dismissing a flag needs a reason");
        }
        review(flagId, FlagStatus.DISMISSED, reason.strip());
    }

    private void review(UUID flagId, FlagStatus status, String reason) {
        if (reason != null && reason.length() > REASON_LENGTH) {
            throw new IllegalArgumentException("a reason has at most " + REASON_LENGTH + " characters");
        }
        ExclusionFlag flag = database.find(ExclusionFlag.class, flagId);
        if (flag == null) {
            throw new IllegalArgumentException("no flag " + flagId);
        }
        if (flag.getOrigin() != FlagOrigin.AUTOMATIC) {
            throw new IllegalArgumentException("only automatic flags are acknowledged or dismissed");
        }
        flag.setStatus(status);
        flag.setStatusReason(reason);
        flag.setStatusReasonCode(null);
        database.save(flag);
    }
}
