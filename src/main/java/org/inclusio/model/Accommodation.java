package org.inclusio.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Something offered or given so that people can take part and be heard. */
@Entity
@Table(name = "accommodation")
public class Accommodation extends VocabularyEntry {
}
