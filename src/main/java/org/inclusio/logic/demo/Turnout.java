package org.inclusio.logic.demo;

import java.util.List;
import java.util.Set;
import org.inclusio.model.BuiltInBarrier;
import org.inclusio.model.Participation;

/**
 * Who was invited to one activity and how it went: the participations, who attended (by index)
 * and the barriers anyone met.
 */
record Turnout(List<Participation> participations, int[] attended, Set<BuiltInBarrier> barriers) {
}
