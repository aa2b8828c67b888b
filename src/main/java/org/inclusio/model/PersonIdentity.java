package org.inclusio.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/**
 * Identifying details of a person, kept apart from the pseudonymous Person so that analysis,
 * export and screens never need them; shown only behind an explicit action.
 */
@Entity
@Table(name = "person_identity")
public class PersonIdentity extends BaseEntity {

    @OneToOne(optional = false)
    @Column(unique = true)
    private Person person;

    @Column(length = 200)
    private String fullName;

    @Column(length = 200)
    private String email;

    @Column(length = 60)
    private String phone;

    @Column(length = 500)
    private String postalAddress;

    public Person getPerson() {
        return person;
    }

    public void setPerson(Person person) {
        this.person = person;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getPostalAddress() {
        return postalAddress;
    }

    public void setPostalAddress(String postalAddress) {
        this.postalAddress = postalAddress;
    }
}
