package org.inclusio.model;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * An entry of a vocabulary a region can extend: built-in entries are seeded from code with a
 * stable identity; a region adds its own in Settings and can retire (deactivate) any entry.
 *
 * <p>A built-in entry is identified by its code alone: its name and description are shown from the
 * program's texts in the reader's language, so the store holds no translated text for it. Its
 * {@code name} and {@code description} stay empty unless the region renamed or re-described it; a
 * stored text then wins over the program's (in every language, as the region typed it). A
 * region's own entry always holds the name and description it was given.
 */
@MappedSuperclass
public abstract class VocabularyEntry extends BaseEntity {

    @Column(nullable = false, unique = true, length = 64)
    private String code;

    /** The region's own name; for a built-in entry empty unless the region renamed it. */
    @Column(length = 120)
    private String name;

    /** The region's own description; for a built-in entry empty unless the region changed it. */
    @Column(length = 1000)
    private String description;

    private boolean builtIn;

    private boolean active = true;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isBuiltIn() {
        return builtIn;
    }

    public void setBuiltIn(boolean builtIn) {
        this.builtIn = builtIn;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
