package org.inclusio.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Something that kept people from taking part or from being heard. */
@Entity
@Table(name = "barrier")
public class Barrier extends VocabularyEntry {
}
