package org.eaihub.scm.reservation;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** One line of a reservation: requested and allocated quantity, and where the allocation is held. */
@Entity
@Table(name = "reservation_line")
public class ReservationLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "line_no", nullable = false)
    private int lineNo;
    @Column(nullable = false)
    private String sku;
    @Column(nullable = false)
    private int requested;
    @Column(nullable = false)
    private int allocated;
    private String reason;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "line_pk", nullable = false)
    @OrderBy("id")
    private List<ReservationAllocation> allocations = new ArrayList<>();

    protected ReservationLine() {
    }

    ReservationLine(int lineNo, String sku, int requested, String reason) {
        this.lineNo = lineNo;
        this.sku = sku;
        this.requested = requested;
        this.reason = reason;
    }

    void allocate(String warehouse, int quantity) {
        allocations.add(new ReservationAllocation(warehouse, quantity));
        allocated += quantity;
    }

    public int getLineNo() {
        return lineNo;
    }

    public String getSku() {
        return sku;
    }

    public int getRequested() {
        return requested;
    }

    public int getAllocated() {
        return allocated;
    }

    public String getReason() {
        return reason;
    }

    public List<ReservationAllocation> getAllocations() {
        return allocations;
    }
}
