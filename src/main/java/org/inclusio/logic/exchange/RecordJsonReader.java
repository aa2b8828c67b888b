package org.inclusio.logic.exchange;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reads one record object of the interchange format from a streaming parser and checks every
 * field against its {@link FieldSpec}: type, length, range, known values, well-formed ids and dates.
 */
final class RecordJsonReader {

    static final int MAX_LIST = 1000;
    private static final int MIN_YEAR = 1800;
    private static final int MAX_YEAR = 2200;

    private final ProblemText problems;

    RecordJsonReader(ProblemText problems) {
        this.problems = problems;
    }

    /** Reads the object the parser stands at (START_OBJECT) up to and including its END_OBJECT. */
    ExchangeRecord read(JsonParser json, RecordKind kind, String path) throws IOException, ExchangeException {
        Map<String, FieldSpec> fields = new HashMap<>();
        kind.fields().forEach(field -> fields.put(field.name(), field));
        Map<String, LinkSpec> links = new HashMap<>();
        kind.links().forEach(link -> links.put(link.name(), link));
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, List<UUID>> linkValues = new LinkedHashMap<>();
        UUID id = null;
        Long version = null;
        Instant created = null;
        Instant modified = null;
        boolean deleted = false;
        Stamp base = null;
        Set<String> seen = new HashSet<>();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            json.nextToken();
            if (!seen.add(name)) {
                throw problems.at(Problem.UNKNOWN_MEMBER, path, name, name);
            }
            switch (name) {
                case "id" -> id = uuid(json, path, name);
                case "version" -> version = wholeNumber(json, path, name, 0, Long.MAX_VALUE);
                case "whenCreated" -> created = instant(json, path, name);
                case "whenModified" -> modified = instant(json, path, name);
                case "deleted" -> deleted = kind.softDeleted() ? bool(json, path, name) : unknown(path, name);
                case "base" -> base = base(json, path);
                default -> {
                    if (fields.containsKey(name)) {
                        values.put(name, value(json, fields.get(name), path));
                    } else if (links.containsKey(name)) {
                        linkValues.put(name, idList(json, path, name));
                    } else {
                        unknown(path, name);
                    }
                }
            }
        }
        require(id, path, "id");
        require(version, path, "version");
        require(created, path, "whenCreated");
        require(modified, path, "whenModified");
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (FieldSpec field : kind.fields()) {
            Object value = values.get(field.name());
            if (value == null && field.defaultValue() != null) {
                value = field.defaultValue();
            }
            if (value == null && field.required()) {
                throw problems.at(Problem.MISSING_FIELD, path, field.name(), field.name());
            }
            ordered.put(field.name(), value);
        }
        Map<String, List<UUID>> orderedLinks = new LinkedHashMap<>();
        for (LinkSpec link : kind.links()) {
            orderedLinks.put(link.name(), linkValues.getOrDefault(link.name(), List.of()));
        }
        return new ExchangeRecord(kind, id, new Stamp(version, modified), created, deleted, ordered, orderedLinks, base);
    }

    /**
     * Reads the header's {@code exchange} object the parser stands at (START_OBJECT): the file's id,
     * the writing store's id, its selection and the files that store had last received.
     */
    ExchangeHeader readExchange(JsonParser json, String path) throws IOException, ExchangeException {
        expect(json, JsonToken.START_OBJECT, "$", "exchange");
        UUID file = null;
        UUID store = null;
        String selection = "";
        List<UUID> received = List.of();
        Set<String> seen = new HashSet<>();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            json.nextToken();
            if (!seen.add(name)) {
                throw problems.at(Problem.UNKNOWN_MEMBER, path, name, name);
            }
            switch (name) {
                case "file" -> file = uuid(json, path, name);
                case "store" -> store = uuid(json, path, name);
                case "selection" -> selection = text(json, path, name, 120);
                case "received" -> received = idList(json, path, name);
                default -> unknown(path, name);
            }
        }
        require(file, path, "file");
        require(store, path, "store");
        return new ExchangeHeader(file, store, selection, received);
    }

    private boolean unknown(String path, String name) throws ExchangeException {
        throw problems.at(Problem.UNKNOWN_MEMBER, path, name, name);
    }

    private void require(Object value, String path, String name) throws ExchangeException {
        if (value == null) {
            throw problems.at(Problem.MISSING_FIELD, path, name, name);
        }
    }

    private Stamp base(JsonParser json, String path) throws IOException, ExchangeException {
        if (json.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(json, JsonToken.START_OBJECT, path, "base");
        Long version = null;
        Instant modified = null;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            json.nextToken();
            switch (name) {
                case "version" -> version = wholeNumber(json, path, "base.version", 0, Long.MAX_VALUE);
                case "whenModified" -> modified = instant(json, path, "base.whenModified");
                default -> unknown(path, "base." + name);
            }
        }
        require(version, path, "base.version");
        require(modified, path, "base.whenModified");
        return new Stamp(version, modified);
    }

    private Object value(JsonParser json, FieldSpec field, String path) throws IOException, ExchangeException {
        if (json.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        String name = field.name();
        return switch (field.kind()) {
            case TEXT -> text(json, path, name, field.maxLength());
            case INTEGER -> wholeNumber(json, path, name, (long) field.min(), (long) field.max());
            case DECIMAL -> decimal(json, path, field);
            case BOOLEAN -> bool(json, path, name);
            case DATE -> date(text(json, path, name, 40), path, name);
            case TIME -> time(text(json, path, name, 40), path, name);
            case CHOICE -> choice(text(json, path, name, 80), field, path);
            case CHOICE_LIST -> choiceList(json, field, path);
            case REFERENCE -> uuid(json, path, name);
        };
    }

    private String text(JsonParser json, String path, String name, int maxLength)
            throws IOException, ExchangeException {
        expect(json, JsonToken.VALUE_STRING, path, name);
        String text = json.getText();
        if (text.length() > maxLength) {
            throw problems.at(Problem.TOO_LONG, path, name, maxLength);
        }
        int broken = unpairedSurrogate(text);
        if (broken >= 0) {
            throw problems.at(Problem.NOT_TEXT, path, name, String.format("\\u%04x", (int) text.charAt(broken)));
        }
        return text;
    }

    /** The index of the first half of a surrogate pair that has no other half, or -1 when the text is whole. */
    static int unpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    private long wholeNumber(JsonParser json, String path, String name, long min, long max)
            throws IOException, ExchangeException {
        expect(json, JsonToken.VALUE_NUMBER_INT, path, name);
        JsonParser.NumberType type = json.getNumberType();
        if (type == JsonParser.NumberType.BIG_INTEGER) {
            throw problems.at(Problem.OUT_OF_RANGE, path, name, min + " - " + max);
        }
        long value = json.getLongValue();
        if (value < min || value > max) {
            throw problems.at(Problem.OUT_OF_RANGE, path, name, min + " - " + max);
        }
        return value;
    }

    private double decimal(JsonParser json, String path, FieldSpec field) throws IOException, ExchangeException {
        JsonToken token = json.currentToken();
        if (token != JsonToken.VALUE_NUMBER_FLOAT && token != JsonToken.VALUE_NUMBER_INT) {
            throw problems.at(Problem.WRONG_TYPE, path, field.name(), JsonShape.NUMBER);
        }
        double value = json.getDoubleValue();
        if (!Double.isFinite(value) || value < field.min() || value > field.max()) {
            throw problems.at(Problem.OUT_OF_RANGE, path, field.name(), field.min() + " - " + field.max());
        }
        return value;
    }

    private boolean bool(JsonParser json, String path, String name) throws ExchangeException {
        JsonToken token = json.currentToken();
        if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
            throw problems.at(Problem.WRONG_TYPE, path, name, JsonShape.TRUE_OR_FALSE);
        }
        return token == JsonToken.VALUE_TRUE;
    }

    private LocalDate date(String text, String path, String name) throws ExchangeException {
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
                throw problems.at(Problem.OUT_OF_RANGE, path, name, MIN_YEAR + " - " + MAX_YEAR);
            }
            return date;
        } catch (DateTimeException e) {
            throw problems.at(Problem.BAD_DATE, path, name, text);
        }
    }

    private LocalTime time(String text, String path, String name) throws ExchangeException {
        try {
            return LocalTime.parse(text);
        } catch (DateTimeException e) {
            throw problems.at(Problem.BAD_TIME, path, name, text);
        }
    }

    private Instant instant(JsonParser json, String path, String name) throws IOException, ExchangeException {
        String text = text(json, path, name, 40);
        try {
            Instant instant = Instant.parse(text);
            if (instant.isBefore(Instant.parse("1800-01-01T00:00:00Z"))
                    || instant.isAfter(Instant.parse("2200-12-31T23:59:59Z"))) {
                throw problems.at(Problem.OUT_OF_RANGE, path, name, MIN_YEAR + " - " + MAX_YEAR);
            }
            return instant;
        } catch (DateTimeException e) {
            throw problems.at(Problem.BAD_DATE, path, name, text);
        }
    }

    private String choice(String text, FieldSpec field, String path) throws ExchangeException {
        if (!field.choices().contains(text)) {
            throw problems.at(Problem.UNKNOWN_VALUE, path, field.name(), text);
        }
        return text;
    }

    private List<String> choiceList(JsonParser json, FieldSpec field, String path)
            throws IOException, ExchangeException {
        expect(json, JsonToken.START_ARRAY, path, field.name());
        List<String> names = new ArrayList<>();
        while (json.nextToken() != JsonToken.END_ARRAY) {
            if (names.size() >= field.choices().size()) {
                throw problems.at(Problem.TOO_LONG, path, field.name(), field.choices().size());
            }
            names.add(choice(text(json, path, field.name(), 80), field, path));
        }
        return List.copyOf(names);
    }

    private List<UUID> idList(JsonParser json, String path, String name) throws IOException, ExchangeException {
        expect(json, JsonToken.START_ARRAY, path, name);
        List<UUID> ids = new ArrayList<>();
        Set<UUID> unique = new HashSet<>();
        while (json.nextToken() != JsonToken.END_ARRAY) {
            if (ids.size() >= MAX_LIST) {
                throw problems.at(Problem.TOO_LONG, path, name, MAX_LIST);
            }
            UUID id = uuid(json, path, name);
            if (!unique.add(id)) {
                throw problems.at(Problem.DUPLICATE_ID, path, name, id);
            }
            ids.add(id);
        }
        return List.copyOf(ids);
    }

    private UUID uuid(JsonParser json, String path, String name) throws IOException, ExchangeException {
        String text = text(json, path, name, 36);
        try {
            UUID id = UUID.fromString(text);
            if (!id.toString().equals(text.toLowerCase(java.util.Locale.ROOT))) {
                throw new IllegalArgumentException(text);
            }
            return id;
        } catch (IllegalArgumentException e) {
            throw problems.at(Problem.BAD_ID, path, name, text);
        }
    }

    private void expect(JsonParser json, JsonToken wanted, String path, String name) throws ExchangeException {
        if (json.currentToken() != wanted) {
            throw problems.at(Problem.WRONG_TYPE, path, name, describe(wanted));
        }
    }

    private static JsonShape describe(JsonToken token) {
        return switch (token) {
            case VALUE_NUMBER_INT -> JsonShape.WHOLE_NUMBER;
            case START_ARRAY -> JsonShape.LIST;
            case START_OBJECT -> JsonShape.OBJECT;
            default -> JsonShape.TEXT;
        };
    }
}
