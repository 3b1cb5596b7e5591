package org.eaihub.hub.trace;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The path of messages through the hub, by correlation id or by business key (e.g. a customer id). */
@RestController
@RequestMapping(path = "/api/trace", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('OPERATOR','ADMIN')")
public class TraceController {

    private final TraceStore store;

    public TraceController(TraceStore store) {
        this.store = store;
    }

    @GetMapping
    @Operation(summary = "Trace entries by correlationId or businessKey (one of the two), oldest first")
    public List<TraceEntry> trace(@RequestParam(required = false) String correlationId,
            @RequestParam(required = false) String businessKey, @RequestParam(defaultValue = "500") int limit) {
        int bounded = Math.min(Math.max(limit, 1), 5000);
        if (correlationId != null) {
            return store.byCorrelationId(correlationId, bounded);
        }
        if (businessKey != null) {
            return store.byBusinessKey(businessKey, bounded);
        }
        throw new IllegalArgumentException("Give correlationId or businessKey");
    }
}
