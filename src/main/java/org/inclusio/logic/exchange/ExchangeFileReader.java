package org.inclusio.logic.exchange;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.inclusio.logic.task.CancelledException;

/**
 * Reads an interchange file from a stream, one record at a time, never holding the whole file:
 * checks the header (format and version first), the order of the sections, every record's fields
 * and that no id occurs twice, and hands each record to a sink. Any fault becomes an
 * {@link ExchangeException} naming the file, the JSON path and the field.
 */
final class ExchangeFileReader {

    /** Receives each record with its JSON path. */
    @FunctionalInterface
    interface RecordSink {
        void accept(ExchangeRecord record, String path) throws ExchangeException, CancelledException, IOException;
    }

    /** What the header says. */
    record Header(boolean includesIdentities, ExchangeHeader exchange) {
    }

    /** Receives the header's {@code exchange} member as soon as it is read, before the records that follow it. */
    @FunctionalInterface
    interface ExchangeSink {
        void accept(ExchangeHeader header);
    }

    private final ProblemText problems;
    private final RecordJsonReader records;

    ExchangeFileReader(ProblemText problems) {
        this.problems = problems;
        this.records = new RecordJsonReader(problems);
    }

    Header read(InputStream in, RecordSink sink) throws ExchangeException, CancelledException {
        return read(in, header -> { }, sink);
    }

    Header read(InputStream in, ExchangeSink exchangeSink, RecordSink sink)
            throws ExchangeException, CancelledException {
        try (JsonParser json = ExchangeFormat.jsonFactory().createParser(new StrictUtf8Input(in))) {
            return readFile(json, exchangeSink, sink);
        } catch (JsonEOFException e) {
            throw problems.at(Problem.TRUNCATED, where(e.getLocation()), null, null);
        } catch (StreamConstraintsException e) {
            throw problems.at(Problem.TOO_LARGE, "", null, null);
        } catch (StrictUtf8Input.Malformed e) {
            throw problems.at(Problem.ENCODING, problems.position(e.line(), e.column()), null, null);
        } catch (CharConversionException e) {
            throw problems.at(Problem.ENCODING, "", null, null);
        } catch (JsonProcessingException e) {
            String detail = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            if (detail.startsWith("Unexpected end-of-input")) {
                throw problems.at(Problem.TRUNCATED, where(e.getLocation()), null, null);
            }
            if (detail.startsWith("Invalid UTF-8")) {
                throw problems.at(Problem.ENCODING, where(e.getLocation()), null, null);
            }
            throw problems.at(Problem.NOT_JSON, where(e.getLocation()), null, e.getOriginalMessage());
        } catch (EncryptedContainer.ContainerException e) {
            throw problems.encrypted(e);
        } catch (IOException e) {
            throw problems.at(Problem.NOT_READABLE, "", null, e.getMessage());
        }
    }

    private Header readFile(JsonParser json, ExchangeSink exchangeSink, RecordSink sink)
            throws IOException, ExchangeException, CancelledException {
        JsonToken first = json.nextToken();
        if (first == null) {
            throw problems.at(Problem.EMPTY_FILE, "", null, null);
        }
        if (first != JsonToken.START_OBJECT) {
            throw problems.at(Problem.NOT_AN_EXPORT, "$", null, null);
        }
        readFormat(json);
        boolean identities = false;
        boolean sawRecords = false;
        ExchangeHeader exchange = null;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            JsonToken value = json.nextToken();
            switch (name) {
                case "exportedAt" -> expectText(json, value, name);
                case "selection" -> skipObject(json, value, name);
                case "includesIdentities" -> identities = value == JsonToken.VALUE_TRUE;
                case "exchange" -> {
                    exchange = records.readExchange(json, "$.exchange");
                    exchangeSink.accept(exchange);
                }
                case "records" -> {
                    readSections(json, value, sink);
                    sawRecords = true;
                }
                default -> throw problems.at(Problem.UNKNOWN_MEMBER, "$", name, name);
            }
        }
        if (!sawRecords) {
            throw problems.at(Problem.MISSING_FIELD, "$", "records", "records");
        }
        if (json.nextToken() != null) {
            throw problems.at(Problem.NOT_JSON, where(json.currentLocation()), null, "");
        }
        return new Header(identities, exchange);
    }

    private void readFormat(JsonParser json) throws IOException, ExchangeException {
        if (json.nextToken() != JsonToken.FIELD_NAME || !"format".equals(json.currentName())
                || json.nextToken() != JsonToken.VALUE_STRING || !ExchangeFormat.FORMAT.equals(json.getText())) {
            throw problems.at(Problem.NOT_AN_EXPORT, "$", "format", null);
        }
        if (json.nextToken() != JsonToken.FIELD_NAME || !"formatVersion".equals(json.currentName())) {
            throw problems.at(Problem.MISSING_FIELD, "$", "formatVersion", "formatVersion");
        }
        JsonToken value = json.nextToken();
        String version = value.isScalarValue() ? json.getText() : value.asString();
        if (value != JsonToken.VALUE_NUMBER_INT || json.getNumberType() != JsonParser.NumberType.INT
                || json.getIntValue() != ExchangeFormat.VERSION) {
            throw problems.at(Problem.WRONG_VERSION, "$", "formatVersion", version);
        }
    }

    private void readSections(JsonParser json, JsonToken value, RecordSink sink)
            throws IOException, ExchangeException, CancelledException {
        if (value != JsonToken.START_OBJECT) {
            throw problems.at(Problem.WRONG_TYPE, "$", "records", JsonShape.OBJECT);
        }
        Set<UUID> ids = new HashSet<>();
        int lastOrdinal = -1;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String section = json.currentName();
            String path = "$.records." + section;
            RecordKind kind = RecordKind.ofSection(section)
                    .orElseThrow(() -> problems.at(Problem.UNKNOWN_SECTION, "$.records", null, section));
            if (kind.ordinal() <= lastOrdinal) {
                throw problems.at(Problem.SECTION_ORDER, path, null, section);
            }
            lastOrdinal = kind.ordinal();
            if (json.nextToken() != JsonToken.START_ARRAY) {
                throw problems.at(Problem.WRONG_TYPE, "$.records", section, JsonShape.LIST);
            }
            int index = 0;
            JsonToken token;
            while ((token = json.nextToken()) != JsonToken.END_ARRAY) {
                String recordPath = path + "[" + index + "]";
                if (token != JsonToken.START_OBJECT) {
                    throw problems.at(Problem.WRONG_TYPE, recordPath, null, JsonShape.OBJECT);
                }
                ExchangeRecord record = records.read(json, kind, recordPath);
                if (!ids.add(record.id())) {
                    throw problems.at(Problem.DUPLICATE_ID, recordPath, "id", record.id());
                }
                sink.accept(record, recordPath);
                index++;
            }
        }
    }

    private void expectText(JsonParser json, JsonToken value, String name) throws ExchangeException {
        if (value != JsonToken.VALUE_STRING) {
            throw problems.at(Problem.WRONG_TYPE, "$", name, JsonShape.TEXT);
        }
    }

    private void skipObject(JsonParser json, JsonToken value, String name) throws IOException, ExchangeException {
        if (value != JsonToken.START_OBJECT) {
            throw problems.at(Problem.WRONG_TYPE, "$", name, JsonShape.OBJECT);
        }
        json.skipChildren();
    }

    private String where(JsonLocation location) {
        if (location == null) {
            return "";
        }
        return problems.position(location.getLineNr(), location.getColumnNr());
    }
}
