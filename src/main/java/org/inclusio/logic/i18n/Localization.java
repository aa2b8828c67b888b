package org.inclusio.logic.i18n;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.inclusio.model.Term;

/**
 * Every visible text comes from here: {@code messages} holds the interface's own strings,
 * {@code terms} the label and help text of each vocabulary term (see {@link Term}).
 */
public final class Localization {

    public static final String MESSAGES = "org.inclusio.i18n.messages";
    public static final String TERMS = "org.inclusio.i18n.terms";
    /** The task guides of the help (see {@link GuideCatalogue}). */
    public static final String GUIDES = "org.inclusio.i18n.guides";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle messages;
    private final ResourceBundle terms;
    private final Locale locale;
    /** Each pattern parsed once (parsing builds its number formats, the costly part of a text); never changed. */
    private final ConcurrentMap<String, MessageFormat> formats = new ConcurrentHashMap<>();

    public Localization(Locale locale) {
        this.locale = locale;
        this.messages = bundle(MESSAGES, locale);
        this.terms = bundle(TERMS, locale);
    }

    /**
     * A bundle of texts in the language of {@code locale}, falling back to the English base file only, never to
     * the system's language: someone who chose English on a Swedish computer reads English. The files are read
     * as UTF-8.
     */
    public static ResourceBundle bundle(String baseName, Locale locale) {
        return ResourceBundle.getBundle(baseName, locale, NO_FALLBACK);
    }

    public Locale locale() {
        return locale;
    }

    /** The interface bundle, for FXML's {@code %key} resources. */
    public ResourceBundle messages() {
        return messages;
    }

    /**
     * A text of the interface, with {@link MessageFormat} arguments filled in. Numbers are rounded half
     * up from their shortest decimal form, as the analysis tables round them, so a text never shows
     * 6.2 % where a table shows 6.3 %.
     */
    public String text(String key, Object... arguments) {
        String pattern = lookup(messages, key);
        if (arguments.length == 0) {
            return pattern;
        }
        MessageFormat format = (MessageFormat) formats.computeIfAbsent(key, k -> parsed(pattern)).clone();
        Object[] values = arguments.clone();
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Double || values[i] instanceof Float) {
                double value = ((Number) values[i]).doubleValue();
                if (Double.isFinite(value)) {
                    values[i] = BigDecimal.valueOf(value);
                }
            }
        }
        Format[] byArgument = format.getFormatsByArgumentIndex();
        for (int i = 0; i < byArgument.length && i < values.length; i++) {
            if (values[i] instanceof String && byArgument[i] instanceof NumberFormat) {
                // a figure withheld from a text stands as a word where the pattern expects a number
                format.setFormatByArgumentIndex(i, null);
            } else if (byArgument[i] == null && values[i] instanceof BigDecimal) {
                NumberFormat plain = NumberFormat.getInstance(locale);
                plain.setRoundingMode(RoundingMode.HALF_UP);
                format.setFormatByArgumentIndex(i, plain);
            }
        }
        return format.format(values);
    }

    /** The pattern parsed once, with its decimal formats rounding half up; callers use a clone. */
    private MessageFormat parsed(String pattern) {
        MessageFormat format = new MessageFormat(pattern, locale);
        for (Format part : format.getFormats()) {
            if (part instanceof DecimalFormat decimal) {
                decimal.setRoundingMode(RoundingMode.HALF_UP);
            }
        }
        return format;
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

    /**
     * What an exclusion flag observed, in the reader's language: for a flag raised by a rule, the rule's name
     * (rendered now from the rule's code, whatever language the flag was stored in); for one recorded by hand,
     * the words its author wrote.
     */
    public String flagObservation(org.inclusio.model.FlagOrigin origin, String ruleCode, String stored) {
        if (origin == org.inclusio.model.FlagOrigin.AUTOMATIC && ruleCode != null) {
            String key = "analysis.rule." + ruleCode + ".name";
            if (messages.containsKey(key)) {
                return messages.getString(key);
            }
        }
        return stored;
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
