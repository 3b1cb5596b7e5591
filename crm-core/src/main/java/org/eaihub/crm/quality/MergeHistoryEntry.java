package org.eaihub.crm.quality;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One merge: which record survived, which was merged into it, by whom, and what came from where. */
@Entity
@Table(name = "merge_history")
public class MergeHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "survivor_id")
    private String survivorId;

    @Column(name = "merged_id")
    private String mergedId;

    @Column(name = "merged_by")
    private String mergedBy;

    @Column(name = "merged_at")
    private Instant mergedAt;

    @Column(name = "decisions")
    private String decisions;

    protected MergeHistoryEntry() {
    }

    public MergeHistoryEntry(String survivorId, String mergedId, String mergedBy, Instant mergedAt, String decisions) {
        this.survivorId = survivorId;
        this.mergedId = mergedId;
        this.mergedBy = mergedBy;
        this.mergedAt = mergedAt;
        this.decisions = decisions;
    }

    public Long getId() {
        return id;
    }

    public String getSurvivorId() {
        return survivorId;
    }

    public String getMergedId() {
        return mergedId;
    }

    public String getMergedBy() {
        return mergedBy;
    }

    public Instant getMergedAt() {
        return mergedAt;
    }

    public String getDecisions() {
        return decisions;
    }
}
