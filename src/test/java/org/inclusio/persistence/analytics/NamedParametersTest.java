package org.inclusio.persistence.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NamedParametersTest {

    @Test
    void namesBecomePlaceholdersInTheirOrderAndCollectionsOnePerElement() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("to", "2025-12-31");
        values.put("from", "2025-01-01");
        values.put("ids", List.of(1, 2, 3));
        values.put("none", null);
        NamedParameters positional = NamedParameters.of("select x::int from t where d >= :from and d <= :to"
                + " and id in (:ids) and note = ':not_a_name' and y = :none and z = :from", values);

        assertThat(positional.sql()).isEqualTo("select x::int from t where d >= ? and d <= ?"
                + " and id in (?, ?, ?) and note = ':not_a_name' and y = ? and z = ?");
        assertThat(positional.values()).isEqualTo(Arrays.asList("2025-01-01", "2025-12-31", 1, 2, 3, null,
                "2025-01-01"));
    }

    @Test
    void aNameWithoutAValueIsRefused() {
        assertThatThrownBy(() -> NamedParameters.of("select 1 where a = :missing", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing");
    }
}
