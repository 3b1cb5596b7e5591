package org.eaihub.hub.replenishment;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Replenishment on demand (an operator does not wait for the interval), and what was sent. */
@RestController
@RequestMapping(path = "/api/replenishment", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('OPERATOR','ADMIN')")
@ConditionalOnProperty(name = "eaihub.kafka.enabled", havingValue = "true")
public class ReplenishmentController {

    private final ReplenishmentService service;
    private final ReplenishmentStore store;

    public ReplenishmentController(ReplenishmentService service, ReplenishmentStore store) {
        this.service = service;
        this.store = store;
    }

    @PostMapping("/pull-lists")
    @Operation(summary = "Consolidate the open demands into pull lists now; 409 while a consolidation is under way"
            + " on any hub instance")
    public ResponseEntity<?> consolidate() {
        return service.consolidate().<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(() -> ResponseEntity
                .status(HttpStatus.CONFLICT).body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                        "A consolidation is under way (on this or another hub instance)")));
    }

    @GetMapping("/demands/{demandId}")
    @Operation(summary = "A demand the hub collected, with the pull list it went out with; 404 when not collected")
    public ResponseEntity<ReplenishmentStore.CollectedDemand> demand(@PathVariable String demandId) {
        return store.demand(demandId).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.notFound().build());
    }

    public record PullListView(String pullListId, String supplier, int lines, Instant createdAt, Instant sentAt) {
    }

    @GetMapping("/pull-lists")
    @Operation(summary = "The latest pull lists, newest first, and how many demands are open")
    public Map<String, Object> latest(@RequestParam(defaultValue = "20") int max) {
        List<PullListView> pullLists = store.latest(Math.min(Math.max(max, 1), 200)).stream()
                .map(p -> new PullListView(p.pullListId(), p.supplier(), p.lineCount(), p.createdAt(), p.sentAt()))
                .toList();
        return Map.of("openDemands", store.openCount(), "pullLists", pullLists);
    }
}
