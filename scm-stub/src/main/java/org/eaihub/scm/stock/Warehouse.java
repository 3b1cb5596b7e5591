package org.eaihub.scm.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A warehouse; {@code priority} orders the warehouses wherever the SCM must choose (1 first). */
@Entity
@Table(name = "warehouse")
public class Warehouse {

    @Id
    private String code;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String city;
    @Column(nullable = false)
    private int priority;

    protected Warehouse() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getCity() {
        return city;
    }

    public int getPriority() {
        return priority;
    }
}
