package org.eaihub.scm.supplier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The goods receipt a pull list will become: SCHEDULED until {@code dueAt}, then POSTED into stock. */
@Entity
@Table(name = "goods_receipt")
public class GoodsReceipt {

    public enum Status { SCHEDULED, POSTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "receipt_id", nullable = false)
    private String receiptId;
    @Column(name = "pull_list_id", nullable = false)
    private String pullListId;
    @Column(name = "request_id", nullable = false)
    private String requestId;
    private String supplier;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Column(name = "correlation_id")
    private String correlationId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "due_at", nullable = false)
    private Instant dueAt;
    @Column(name = "posted_at")
    private Instant postedAt;
    @Version
    private long version;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "receipt_pk", nullable = false)
    @OrderBy("id")
    private List<GoodsReceiptLine> lines = new ArrayList<>();

    protected GoodsReceipt() {
    }

    GoodsReceipt(String receiptId, String pullListId, String requestId, String supplier, String correlationId,
            Instant createdAt, Instant dueAt) {
        this.receiptId = receiptId;
        this.pullListId = pullListId;
        this.requestId = requestId;
        this.supplier = supplier;
        this.correlationId = correlationId;
        this.createdAt = createdAt;
        this.dueAt = dueAt;
        this.status = Status.SCHEDULED;
    }

    void addLine(String sku, String warehouse, int quantity) {
        lines.add(new GoodsReceiptLine(sku, warehouse, quantity));
    }

    boolean due(Instant now) {
        return status == Status.SCHEDULED && !now.isBefore(dueAt);
    }

    void post(Instant at) {
        status = Status.POSTED;
        postedAt = at;
    }

    public String getReceiptId() {
        return receiptId;
    }

    public String getPullListId() {
        return pullListId;
    }

    public String getRequestId() {
        return requestId;
    }

    public Status getStatus() {
        return status;
    }

    public String getCorrelationId() {
        return correlationId;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public List<GoodsReceiptLine> getLines() {
        return lines;
    }
}
