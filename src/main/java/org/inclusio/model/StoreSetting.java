package org.inclusio.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A setting that belongs to the store rather than to one user's computer, so that everyone working
 * on a shared store publishes by the same policy (for example the smallest count an analysis shows).
 */
@Entity
@Table(name = "store_setting")
public class StoreSetting extends BaseEntity {

    @Column(nullable = false, unique = true, length = 80)
    private String name;

    @Column(nullable = false, length = 200)
    private String setting;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSetting() {
        return setting;
    }

    public void setSetting(String setting) {
        this.setting = setting;
    }
}
