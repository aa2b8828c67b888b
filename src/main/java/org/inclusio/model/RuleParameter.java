package org.inclusio.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * A region's setting of one parameter of an automatic exclusion rule (for example the minimum
 * number of lay members on a team), kept in the store so every user of a shared store sees the
 * same rules.
 */
@Entity
@Table(name = "rule_parameter", uniqueConstraints = @UniqueConstraint(columnNames = {"rule_code", "name"}))
public class RuleParameter extends BaseEntity {

    @Column(nullable = false, length = 80)
    private String ruleCode;

    @Column(nullable = false, length = 80)
    private String name;

    @Column(nullable = false, length = 200)
    private String setting;

    public String getRuleCode() {
        return ruleCode;
    }

    public void setRuleCode(String ruleCode) {
        this.ruleCode = ruleCode;
    }

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
