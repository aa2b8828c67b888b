package org.inclusio.logic.report;

import java.util.Locale;
import java.util.Objects;

/**
 * What "you said, we did" letters are asked for.
 *
 * @param selection the activity or the period
 * @param perPerson one letter to each lay participant (true) or one letter to the whole group (false)
 * @param withNames whether letters to each person carry their name and postal address: only after the user
 *                  confirmed, and then the PDF is encrypted with a passphrase
 * @param locale    the language of the letters
 * @param contact   who to contact with questions, as the user wrote it (a name, a telephone number), or
 *                  null or blank for none
 */
public record LetterRequest(LetterSelection selection, boolean perPerson, boolean withNames, Locale locale,
                            String contact) {

    public LetterRequest {
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(locale, "locale");
        if (withNames && !perPerson) {
            throw new IllegalArgumentException("names are only put on letters to each person");
        }
        contact = contact == null || contact.isBlank() ? null : contact.strip();
    }
}
