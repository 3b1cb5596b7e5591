package org.eaihub.hub.operations;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What operators did: replays, route control, reconciliation repairs. */
@RestController
@RequestMapping(path = "/api/audit", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('OPERATOR','ADMIN')")
public class AuditController {

    private final OperatorAudit audit;

    public AuditController(OperatorAudit audit) {
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "The latest operator actions, newest first (max 1 to 1000)")
    public List<AuditEntry> latest(@RequestParam(defaultValue = "100") int max) {
        return audit.latest(max);
    }
}
