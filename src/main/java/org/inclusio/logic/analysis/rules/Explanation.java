package org.inclusio.logic.analysis.rules;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.store.Vocabulary;
import org.inclusio.logic.store.VocabularyTexts;

/**
 * What a finding says, kept as a message key and typed arguments and put into words only when
 * someone reads it, in the reader's language. An automatic flag stores the key and the arguments
 * ({@link #argumentsJson()}), never the words: readers in different languages each read their own,
 * and detection run in another language finds nothing changed.
 *
 * @param key       the message key of the explanation's pattern
 * @param arguments the values the pattern quotes, in its order
 */
public record Explanation(String key, List<Argument> arguments) {

    private static final JsonFactory JSON = new JsonFactory();

    public Explanation {
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
    }

    /**
     * An explanation whose plain values are taken as arguments: whole numbers, decimals, dates and
     * strings (the region's own words, such as a topic typed in a record); {@link Argument}s stay as they are.
     */
    public static Explanation of(String key, Object... values) {
        List<Argument> arguments = new ArrayList<>(values.length);
        for (Object value : values) {
            arguments.add(Argument.of(value));
        }
        return new Explanation(key, arguments);
    }

    /** The explanation in the words of {@code l10n}'s language. */
    public String render(Localization l10n) {
        VocabularyTexts texts = new VocabularyTexts(l10n);
        Object[] values = new Object[arguments.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = arguments.get(i).value(l10n, texts);
        }
        return l10n.text(key, values);
    }

    /** The arguments as a JSON array, the form an automatic flag stores; equal arguments give equal text. */
    public String argumentsJson() {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartArray();
            for (Argument argument : arguments) {
                argument.write(json);
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * The explanation with its texts shortened until its arguments fit {@code maxLength} characters of
     * JSON (a topic typed at length must not overflow the stored column); the figures stay whole.
     */
    public Explanation fitted(int maxLength) {
        Explanation fitted = this;
        int excess = fitted.argumentsJson().length() - maxLength;
        while (excess > 0) {
            int longest = -1;
            for (int i = 0; i < fitted.arguments.size(); i++) {
                if (fitted.arguments.get(i) instanceof Text text
                        && (longest < 0 || text.value().length() > ((Text) fitted.arguments.get(longest)).value().length())) {
                    longest = i;
                }
            }
            if (longest < 0 || ((Text) fitted.arguments.get(longest)).value().length() <= 1) {
                throw new IllegalArgumentException("the arguments of " + key + " do not fit " + maxLength + " characters");
            }
            String value = ((Text) fitted.arguments.get(longest)).value();
            // a character outside ASCII may take up to six in JSON; cut at least what is too much
            int keep = Math.max(1, Math.min(value.length() - 1, value.length() - excess - 1));
            List<Argument> shorter = new ArrayList<>(fitted.arguments);
            shorter.set(longest, new Text(value.substring(0, keep) + "\u2026"));
            fitted = new Explanation(key, shorter);
            excess = fitted.argumentsJson().length() - maxLength;
        }
        return fitted;
    }

    /**
     * The explanation a flag stored as a key and arguments, or empty when there is no key or the stored
     * arguments cannot be read (then the reader is shown something else, never an error).
     */
    public static Optional<Explanation> stored(String key, String argumentsJson) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        if (argumentsJson == null || argumentsJson.isBlank()) {
            return Optional.of(new Explanation(key, List.of()));
        }
        try (JsonParser json = JSON.createParser(argumentsJson)) {
            if (json.nextToken() != JsonToken.START_ARRAY) {
                return Optional.empty();
            }
            List<Argument> arguments = new ArrayList<>();
            while (json.nextToken() == JsonToken.START_OBJECT) {
                arguments.add(Argument.read(json));
            }
            return Optional.of(new Explanation(key, arguments));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** One value an explanation quotes, typed so that it is put into words in the reader's language. */
    public sealed interface Argument permits Whole, Decimal, Day, Text, Withheld, Below, Entry, Entries {

        /** The plain value as an argument. */
        static Argument of(Object value) {
            if (value instanceof Argument argument) {
                return argument;
            }
            if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
                return new Whole(((Number) value).longValue());
            }
            if (value instanceof Double || value instanceof Float) {
                return new Decimal(((Number) value).doubleValue());
            }
            if (value instanceof BigDecimal decimal) {
                return new Decimal(decimal.doubleValue());
            }
            if (value instanceof LocalDate day) {
                return new Day(day);
            }
            if (value instanceof String text) {
                return new Text(text);
            }
            throw new IllegalArgumentException("not an explanation argument: " + value);
        }

        /** The value as the message pattern takes it, in the reader's language. */
        Object value(Localization l10n, VocabularyTexts texts);

        void write(JsonGenerator json) throws IOException;

        private static Argument read(JsonParser json) throws IOException {
            String type = null;
            String text = null;
            Number number = null;
            Boolean builtIn = null;
            String vocabulary = null;
            String code = null;
            List<Entry> entries = null;
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken token = json.nextToken();
                switch (field) {
                    case "type" -> type = json.getText();
                    case "value" -> {
                        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                            number = json.getNumberValue();
                        } else if (token == JsonToken.START_ARRAY) {
                            entries = new ArrayList<>();
                            while (json.nextToken() == JsonToken.START_OBJECT) {
                                if (read(json) instanceof Entry entry) {
                                    entries.add(entry);
                                }
                            }
                        } else if (token != JsonToken.VALUE_NULL) {
                            text = json.getText();
                        }
                    }
                    case "vocabulary" -> vocabulary = json.getText();
                    case "code" -> code = token == JsonToken.VALUE_NULL ? null : json.getText();
                    case "builtIn" -> builtIn = json.getBooleanValue();
                    default -> json.skipChildren();
                }
            }
            if (type == null) {
                throw new IllegalArgumentException("an argument without a type");
            }
            return switch (type) {
                case "whole" -> new Whole(Objects.requireNonNull(number).longValue());
                case "decimal" -> new Decimal(number != null ? number.doubleValue()
                        : Double.parseDouble(Objects.requireNonNull(text)));
                case "day" -> new Day(parseDay(text));
                case "text" -> new Text(Objects.requireNonNull(text));
                case "withheld" -> new Withheld();
                case "below" -> new Below(Objects.requireNonNull(number).longValue());
                case "entry" -> new Entry(Objects.requireNonNull(vocabulary), code, Boolean.TRUE.equals(builtIn), text);
                case "entries" -> new Entries(entries == null ? List.of() : entries);
                default -> throw new IllegalArgumentException("unknown argument type " + type);
            };
        }

        private static LocalDate parseDay(String text) {
            try {
                return LocalDate.parse(Objects.requireNonNull(text));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("not a day: " + text, e);
            }
        }
    }

    /** A count or other whole number. */
    public record Whole(long value) implements Argument {
        @Override
        public Object value(Localization l10n, VocabularyTexts texts) {
            return value;
        }

        @Override
        public void write(JsonGenerator json) throws IOException {
            json.writeStartObject();
            json.writeStringField("type", "whole");
            json.writeNumberField("value", value);
            json.writeEndObject();
        }
    }

    /** A share, mean, ratio or other decimal figure. */
    public record Decimal(double value) implements Argument {
        @Override
        public Object value(Localization l10n, VocabularyTexts texts) {
            return value;
        }

        @Override
        public void write(JsonGenerator json) throws IOException {
            json.writeStartObject();
            json.writeStringField("type", "decimal");
            json.writeNumberField("value", value);
            json.writeEndObject();
        }
    }

    /** A day, quoted in ISO form (as the flag lists and exports show days). */
    public record Day(LocalDate value) implements Argument {
        public Day {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Object value(Localization l10n, VocabularyTexts texts) {
            return value.toString();
        }

        @Override
        public void write(JsonGenerator json) throws IOException {
            json.writeStartObject();
            json.writeStringField("type", "day");
            json.writeStringField("value", value.toString());
            json.writeEndObject();
        }
    }

    /** Words of the region's own records (a topic someone typed), quoted as they are. */
    public record Text(String value) implements Argument {
        public Text {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Object value(Localization l10n, VocabularyTexts texts) {
            return value;
        }

        @Override
        public void write(JsonGenerator json) throws IOException {
            json.writeStartObject();
            json.writeStringField("type", "text");
            json.writeStringField("value", value);
            json.writeEndObject();
        }
    }

    /** A figure withheld because it rests on counts too small to show. */
    public record Withheld() implements Argument {
        @Override
        public Object value(Localization l10n, VocabularyTexts texts) {
            return l10n.text("analysis.withheld");
        }

        @Override
        public void write(JsonGenerator json) throws IOException {
            json.writeStartObject();
            json.writeStringField("type", "withheld");
            json.writeEndObject();
        }
    }

    /** A count withheld because it is below the suppression threshold, shown as {@code <threshold}. */
    public record Below(long threshold) implements Argument {
        @Override
        public Object value(Localization l10n, VocabularyTexts texts) {
            return "<" + threshold;
        }

        @Override
        public void write(JsonGenerator json) throws IOException {
            json.writeStartObject();
            json.writeStringField("type", "below");
            json.writeNumberField("value", threshold);
            json.writeEndObject();
        }
    }

    /**
     * A vocabulary entry (a group or a barrier): a built-in one by its code, named in the reader's
     * language; a region's own one, or a built-in one the region renamed, by the region's name.
     *
     * @param vocabulary the vocabulary's key ({@link Vocabulary#key()})
     * @param code       the entry's code
     * @param builtIn    whether the program brought the entry
     * @param name       the region's own name, or null for a built-in entry it did not rename
     */
    public record Entry(String vocabulary, String code, boolean builtIn, String name) implements Argument {
        public Entry {
            Objects.requireNonNull(vocabulary, "vocabulary");
        }

        @Override
        public Object value(Localization l10n, VocabularyTexts texts) {
            return Vocabulary.all().stream().filter(v -> v.key().equals(vocabulary)).findFirst()
                    .map(v -> texts.name(v, code, builtIn, name))
                    .orElse(name != null ? name : Objects.requireNonNullElse(code, ""));
        }

        @Override
        public void write(JsonGenerator json) throws IOException {
            json.writeStartObject();
            json.writeStringField("type", "entry");
            json.writeStringField("vocabulary", vocabulary);
            json.writeStringField("code", code);
            json.writeBooleanField("builtIn", builtIn);
            if (name != null) {
                json.writeStringField("value", name);
            }
            json.writeEndObject();
        }
    }

    /** Several vocabulary entries, named in the reader's language, in alphabetical order and each once. */
    public record Entries(List<Entry> entries) implements Argument {
        public Entries {
            entries = List.copyOf(entries);
        }

        @Override
        public Object value(Localization l10n, VocabularyTexts texts) {
            TreeSet<String> names = new TreeSet<>();
            for (Entry entry : entries) {
                names.add((String) entry.value(l10n, texts));
            }
            return String.join(", ", names);
        }

        @Override
        public void write(JsonGenerator json) throws IOException {
            json.writeStartObject();
            json.writeStringField("type", "entries");
            json.writeArrayFieldStart("value");
            for (Entry entry : entries) {
                entry.write(json);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }
}
