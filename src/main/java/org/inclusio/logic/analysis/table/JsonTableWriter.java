package org.inclusio.logic.analysis.table;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes an analysis table as JSON: {@code {"analysis": name, "rows": [{column: value, ...}]}}.
 * A suppressed value is {@code null}, and its row carries {@code "suppressed": true} with the
 * withheld columns in {@code "suppressedColumns"}; a value that does not exist is {@code null} only.
 */
public final class JsonTableWriter {

    /** The caller owns the writer: it stays open for what follows the table (a file's commit, the console). */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private JsonTableWriter() {
    }

    public static void write(String analysis, AnalysisTable table, Writer out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("analysis", analysis);
            json.writeArrayFieldStart("rows");
            for (List<Cell> row : table.rows()) {
                writeRow(json, table.columns(), row);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write(System.lineSeparator());
        out.flush();
    }

    private static void writeRow(JsonGenerator json, List<Column> columns, List<Cell> row) throws IOException {
        json.writeStartObject();
        List<String> suppressed = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            String name = columns.get(i).id();
            Cell cell = row.get(i);
            json.writeFieldName(name);
            Object value = cell.value();
            if (value == null) {
                json.writeNull();
            } else if (value instanceof Long number) {
                json.writeNumber(number);
            } else if (value instanceof BigDecimal number) {
                json.writeNumber(number);
            } else {
                json.writeString(value.toString());
            }
            if (cell.suppressed()) {
                suppressed.add(name);
            }
        }
        if (!suppressed.isEmpty()) {
            json.writeBooleanField("suppressed", true);
            json.writeArrayFieldStart("suppressedColumns");
            for (String name : suppressed) {
                json.writeString(name);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }
}
