package org.inclusio.logic.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema under docs/ describes exactly what the importer accepts: it is generated from
 * {@link RecordKind}. When this fails after a change to the format, run with
 * -Dinclusio.writeSchema=true to rewrite the file, and raise the format version if old files no longer fit.
 */
class InterchangeSchemaTest {

    static final Path SCHEMA = Path.of("docs/interchange-format.schema.json");

    @Test
    void theSchemaUnderDocsMatchesTheFormat() throws IOException {
        String generated = schema();
        if (Boolean.getBoolean("inclusio.writeSchema")) {
            Files.writeString(SCHEMA, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(SCHEMA, StandardCharsets.UTF_8)).isEqualTo(generated);
    }

    static String schema() throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = ExchangeFormat.jsonFactory().createGenerator(text)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("$schema", "https://json-schema.org/draft/2020-12/schema");
            json.writeStringField("title", "Inclusio interchange format, version " + ExchangeFormat.VERSION);
            json.writeStringField("type", "object");
            json.writeArrayFieldStart("required");
            json.writeString("format");
            json.writeString("formatVersion");
            json.writeString("records");
            json.writeEndArray();
            json.writeBooleanField("additionalProperties", false);
            json.writeObjectFieldStart("properties");
            json.writeObjectFieldStart("format");
            json.writeStringField("const", ExchangeFormat.FORMAT);
            json.writeEndObject();
            json.writeObjectFieldStart("formatVersion");
            json.writeNumberField("const", ExchangeFormat.VERSION);
            json.writeEndObject();
            json.writeObjectFieldStart("exportedAt");
            json.writeStringField("type", "string");
            json.writeStringField("format", "date-time");
            json.writeEndObject();
            json.writeObjectFieldStart("selection");
            json.writeStringField("type", "object");
            json.writeEndObject();
            json.writeObjectFieldStart("includesIdentities");
            json.writeStringField("type", "boolean");
            json.writeEndObject();
            json.writeObjectFieldStart("exchange");
            json.writeStringField("type", "object");
            json.writeBooleanField("additionalProperties", false);
            json.writeArrayFieldStart("required");
            json.writeString("file");
            json.writeString("store");
            json.writeEndArray();
            json.writeObjectFieldStart("properties");
            ref(json, "file", "id");
            ref(json, "store", "id");
            json.writeObjectFieldStart("selection");
            json.writeStringField("type", "string");
            json.writeNumberField("maxLength", 120);
            json.writeEndObject();
            json.writeObjectFieldStart("received");
            json.writeStringField("type", "array");
            json.writeObjectFieldStart("items");
            json.writeStringField("$ref", "#/$defs/id");
            json.writeEndObject();
            json.writeBooleanField("uniqueItems", true);
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndObject();
            json.writeObjectFieldStart("records");
            json.writeStringField("type", "object");
            json.writeBooleanField("additionalProperties", false);
            json.writeObjectFieldStart("properties");
            for (RecordKind kind : RecordKind.values()) {
                json.writeObjectFieldStart(kind.section());
                json.writeStringField("type", "array");
                json.writeObjectFieldStart("items");
                json.writeStringField("$ref", "#/$defs/" + kind.section());
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndObject();
            json.writeObjectFieldStart("$defs");
            json.writeObjectFieldStart("id");
            json.writeStringField("type", "string");
            json.writeStringField("pattern", "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");
            json.writeEndObject();
            json.writeObjectFieldStart("stamp");
            json.writeStringField("type", "object");
            json.writeBooleanField("additionalProperties", false);
            json.writeArrayFieldStart("required");
            json.writeString("version");
            json.writeString("whenModified");
            json.writeEndArray();
            json.writeObjectFieldStart("properties");
            integer(json, "version", 0, Long.MAX_VALUE, false);
            dateTime(json, "whenModified");
            json.writeEndObject();
            json.writeEndObject();
            for (RecordKind kind : RecordKind.values()) {
                record(json, kind);
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        return text + "\n";
    }

    private static void record(JsonGenerator json, RecordKind kind) throws IOException {
        json.writeObjectFieldStart(kind.section());
        json.writeStringField("type", "object");
        json.writeBooleanField("additionalProperties", false);
        json.writeArrayFieldStart("required");
        for (String name : new String[] {"id", "version", "whenCreated", "whenModified"}) {
            json.writeString(name);
        }
        for (FieldSpec field : kind.fields()) {
            if (field.required()) {
                json.writeString(field.name());
            }
        }
        json.writeEndArray();
        json.writeObjectFieldStart("properties");
        ref(json, "id", "id");
        integer(json, "version", 0, Long.MAX_VALUE, false);
        dateTime(json, "whenCreated");
        dateTime(json, "whenModified");
        if (kind.softDeleted()) {
            json.writeObjectFieldStart("deleted");
            json.writeStringField("type", "boolean");
            json.writeEndObject();
        }
        for (FieldSpec field : kind.fields()) {
            field(json, field);
        }
        for (LinkSpec link : kind.links()) {
            json.writeObjectFieldStart(link.name());
            json.writeStringField("type", "array");
            json.writeBooleanField("uniqueItems", true);
            json.writeNumberField("maxItems", RecordJsonReader.MAX_LIST);
            json.writeObjectFieldStart("items");
            json.writeStringField("$ref", "#/$defs/id");
            json.writeEndObject();
            json.writeStringField("description", "ids of " + link.target().section());
            json.writeEndObject();
        }
        ref(json, "base", "stamp");
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void field(JsonGenerator json, FieldSpec field) throws IOException {
        json.writeObjectFieldStart(field.name());
        switch (field.kind()) {
            case TEXT -> {
                type(json, "string", field.required());
                json.writeNumberField("maxLength", field.maxLength());
            }
            case INTEGER -> {
                type(json, "integer", field.required());
                json.writeNumberField("minimum", (long) field.min());
                json.writeNumberField("maximum", (long) field.max());
            }
            case DECIMAL -> {
                type(json, "number", field.required());
                json.writeNumberField("minimum", field.min());
                json.writeNumberField("maximum", field.max());
            }
            case BOOLEAN -> type(json, "boolean", field.required());
            case DATE -> {
                type(json, "string", field.required());
                json.writeStringField("format", "date");
            }
            case TIME -> {
                type(json, "string", field.required());
                json.writeStringField("pattern", "^[0-2][0-9]:[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?$");
            }
            case CHOICE -> {
                json.writeArrayFieldStart("enum");
                for (String choice : field.choices()) {
                    json.writeString(choice);
                }
                if (!field.required()) {
                    json.writeNull();
                }
                json.writeEndArray();
            }
            case CHOICE_LIST -> {
                type(json, "array", field.required());
                json.writeBooleanField("uniqueItems", false);
                json.writeObjectFieldStart("items");
                json.writeArrayFieldStart("enum");
                for (String choice : field.choices()) {
                    json.writeString(choice);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            case REFERENCE -> {
                type(json, "string", field.required());
                json.writeStringField("format", "uuid");
                json.writeStringField("description", "id of a record in " + field.target().section());
            }
        }
        json.writeEndObject();
    }

    private static void type(JsonGenerator json, String type, boolean required) throws IOException {
        if (required) {
            json.writeStringField("type", type);
        } else {
            json.writeArrayFieldStart("type");
            json.writeString(type);
            json.writeString("null");
            json.writeEndArray();
        }
    }

    private static void integer(JsonGenerator json, String name, long min, long max, boolean nullable)
            throws IOException {
        json.writeObjectFieldStart(name);
        type(json, "integer", !nullable);
        json.writeNumberField("minimum", min);
        json.writeNumberField("maximum", max);
        json.writeEndObject();
    }

    private static void dateTime(JsonGenerator json, String name) throws IOException {
        json.writeObjectFieldStart(name);
        json.writeStringField("type", "string");
        json.writeStringField("format", "date-time");
        json.writeEndObject();
    }

    private static void ref(JsonGenerator json, String name, String definition) throws IOException {
        json.writeObjectFieldStart(name);
        json.writeStringField("$ref", "#/$defs/" + definition);
        json.writeEndObject();
    }
}
