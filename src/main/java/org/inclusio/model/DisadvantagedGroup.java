package org.inclusio.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A group at risk of exclusion from coproduction, such as non-native speakers or people with psychiatric conditions. */
@Entity
@Table(name = "disadvantaged_group")
public class DisadvantagedGroup extends VocabularyEntry {
}
