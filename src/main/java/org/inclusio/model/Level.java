package org.inclusio.model;

/** Who gives input and who benefits: one person, a group sharing characteristics, or a diverse body of citizens. */
public enum Level implements Term {
    INDIVIDUAL,
    GROUP,
    COLLECTIVE
}
