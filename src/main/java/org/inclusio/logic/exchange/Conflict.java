package org.inclusio.logic.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A record changed both in the store and in the file since they last shared it: both states, to
 * show side by side and let the user choose.
 */
public record Conflict(RecordKind kind, UUID id, ExchangeRecord local, ExchangeRecord incoming) {

    /** One field that differs, with both values as text (empty for none). */
    public record Difference(String field, String local, String incoming) {
    }

    /** The fields (and lists) whose values differ, in the order of the record kind. */
    public List<Difference> differences() {
        List<Difference> differences = new ArrayList<>();
        if (local.deleted() != incoming.deleted()) {
            differences.add(new Difference("deleted", String.valueOf(local.deleted()),
                    String.valueOf(incoming.deleted())));
        }
        for (FieldSpec field : kind.fields()) {
            Object mine = local.value(field.name());
            Object theirs = incoming.value(field.name());
            if (!Objects.equals(mine, theirs)) {
                differences.add(new Difference(field.name(), shown(mine), shown(theirs)));
            }
        }
        for (LinkSpec link : kind.links()) {
            Object mine = local.links().get(link.name());
            Object theirs = incoming.links().get(link.name());
            if (!Objects.equals(mine, theirs)) {
                differences.add(new Difference(link.name(), shown(mine), shown(theirs)));
            }
        }
        return differences;
    }

    private static String shown(Object value) {
        return value == null ? "" : value.toString();
    }
}
