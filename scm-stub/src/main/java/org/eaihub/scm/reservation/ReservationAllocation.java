package org.eaihub.scm.reservation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Quantity of a reservation line held in one warehouse. */
@Entity
@Table(name = "reservation_allocation")
public class ReservationAllocation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String warehouse;
    @Column(nullable = false)
    private int quantity;

    protected ReservationAllocation() {
    }

    ReservationAllocation(String warehouse, int quantity) {
        this.warehouse = warehouse;
        this.quantity = quantity;
    }

    public String getWarehouse() {
        return warehouse;
    }

    public int getQuantity() {
        return quantity;
    }
}
