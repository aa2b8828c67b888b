package org.inclusio.logic.exchange;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.UUID;

/** Writes one record as a JSON object of the interchange format. */
final class RecordJsonWriter {

    void write(JsonGenerator json, ExchangeRecord record) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", record.id().toString());
        json.writeNumberField("version", record.stamp().version());
        json.writeStringField("whenCreated", record.whenCreated().toString());
        json.writeStringField("whenModified", record.stamp().whenModified().toString());
        if (record.kind().softDeleted()) {
            json.writeBooleanField("deleted", record.deleted());
        }
        for (FieldSpec field : record.kind().fields()) {
            if (field.defaultValue() != null && field.defaultValue().equals(record.value(field.name()))) {
                continue;
            }
            json.writeFieldName(field.name());
            writeValue(json, field, record.value(field.name()));
        }
        for (LinkSpec link : record.kind().links()) {
            json.writeArrayFieldStart(link.name());
            for (UUID target : record.links().getOrDefault(link.name(), List.of())) {
                json.writeString(target.toString());
            }
            json.writeEndArray();
        }
        if (record.base() != null) {
            json.writeObjectFieldStart("base");
            json.writeNumberField("version", record.base().version());
            json.writeStringField("whenModified", record.base().whenModified().toString());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void writeValue(JsonGenerator json, FieldSpec field, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
            return;
        }
        switch (field.kind()) {
            case INTEGER -> json.writeNumber((Long) value);
            case DECIMAL -> json.writeNumber((Double) value);
            case BOOLEAN -> json.writeBoolean((Boolean) value);
            case CHOICE_LIST -> {
                json.writeStartArray();
                for (Object name : (List<?>) value) {
                    json.writeString(String.valueOf(name));
                }
                json.writeEndArray();
            }
            default -> json.writeString(value.toString());
        }
    }
}
