package org.eaihub.hub.customer;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/sync/conflicts", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('OPERATOR','ADMIN')")
public class SyncConflictController {

    private final SyncConflicts conflicts;

    public SyncConflictController(SyncConflicts conflicts) {
        this.conflicts = conflicts;
    }

    @GetMapping
    @Operation(summary = "Changes recorded and not applied (stale, from a non-owner, unknown customer), newest first")
    public List<SyncConflicts.Conflict> conflicts(@RequestParam(required = false) String customerId,
            @RequestParam(defaultValue = "100") int limit) {
        return conflicts.recent(customerId, Math.min(Math.max(limit, 1), 1000));
    }
}
