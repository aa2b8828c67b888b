package org.inclusio.logic.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.inclusio.model.Term;

/**
 * Every visible text comes from here: {@code messages} holds the interface's own strings,
 * {@code terms} the label and help text of each vocabulary term (see {@link Term}).
 */
public final class Localization {

    public static final String MESSAGES = "org.inclusio.i18n.messages";
    public static final String TERMS = "org.inclusio.i18n.terms";

    private final ResourceBundle messages;
    private final ResourceBundle terms;
    private final Locale locale;

    public Localization(Locale locale) {
        this.locale = locale;
        this.messages = ResourceBundle.getBundle(MESSAGES, locale);
        this.terms = ResourceBundle.getBundle(TERMS, locale);
    }

    public Locale locale() {
        return locale;
    }

    /** The interface bundle, for FXML's {@code %key} resources. */
    public ResourceBundle messages() {
        return messages;
    }

    /** A text of the interface, with {@link MessageFormat} arguments filled in. */
    public String text(String key, Object... arguments) {
        String pattern = lookup(messages, key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** The short label of a vocabulary term, e.g. "Co-design". */
    public String label(Term term) {
        return term == null ? "" : lookup(terms, term.labelKey());
    }

    /** The plain-language explanation of a vocabulary term. */
    public String help(Term term) {
        return term == null ? "" : lookup(terms, term.helpKey());
    }

    /** A text from the terms bundle by key, for help pages on concepts that are not enum values. */
    public String termText(String key) {
        return lookup(terms, key);
    }

    public boolean hasTermText(String key) {
        return terms.containsKey(key);
    }

    private static String lookup(ResourceBundle bundle, String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            // A missing key is a defect that LocalizationConsistencyTest catches; never crash on it.
            return "!" + key + "!";
        }
    }
}
