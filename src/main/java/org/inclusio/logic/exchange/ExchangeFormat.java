package org.inclusio.logic.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * Constants of the interchange format (see {@code docs/interchange-format.md} and
 * {@code docs/interchange-format.schema.json}) and the JSON factory that reads it with limits
 * that keep hostile files from exhausting memory.
 */
public final class ExchangeFormat {

    /** The value of the {@code format} member every file starts with. */
    public static final String FORMAT = "inclusio-exchange";
    /** The version this program writes and reads. */
    public static final int VERSION = 1;

    private ExchangeFormat() {
    }

    /** A factory whose parsers reject numbers over 40 digits, texts over 100,000 characters, deep nesting and repeated members. */
    public static JsonFactory jsonFactory() {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNumberLength(40)
                        .maxStringLength(100_000)
                        .maxNestingDepth(16)
                        .build())
                .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
                .build();
    }

}
