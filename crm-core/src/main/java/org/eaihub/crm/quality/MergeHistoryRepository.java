package org.eaihub.crm.quality;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MergeHistoryRepository extends JpaRepository<MergeHistoryEntry, Long> {

    List<MergeHistoryEntry> findBySurvivorIdOrMergedIdOrderByIdDesc(String survivorId, String mergedId);
}
