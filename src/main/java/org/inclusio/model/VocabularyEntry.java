package org.inclusio.model;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * An entry of a vocabulary a region can extend: built-in entries are seeded from code with a
 * stable identity; a region adds its own in Settings and can retire (deactivate) any entry.
 */
@MappedSuperclass
public abstract class VocabularyEntry extends BaseEntity {

    @Column(nullable = false, unique = true, length = 64)
    private String code;

    @Column(nullable = false, length = 120)
    private String name;

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
