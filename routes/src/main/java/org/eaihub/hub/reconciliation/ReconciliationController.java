package org.eaihub.hub.reconciliation;

import java.security.Principal;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;

import org.eaihub.hub.operations.AuditEntry.Outcome;
import org.eaihub.hub.operations.OperatorAudit;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reconciliation of the customer masters on demand, and the latest report. */
@RestController
@RequestMapping(path = "/api/reconciliation", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('OPERATOR','ADMIN')")
public class ReconciliationController {

    private final ReconciliationService service;
    private final OperatorAudit audit;

    public ReconciliationController(ReconciliationService service, OperatorAudit audit) {
        this.service = service;
        this.audit = audit;
    }

    @PostMapping
    @Operation(summary = "Compare the CRM and the ERP now; repair=true also repairs (audited). 409 while a run is"
            + " under way on any hub instance")
    public ResponseEntity<?> run(@RequestParam(defaultValue = "false") boolean repair, Principal operator) {
        Optional<ReconciliationReport> report;
        try {
            report = service.run(repair);
        } catch (RuntimeException failed) {
            if (repair) {
                audit.record(operator.getName(), "reconciliation.repair", "customers", Outcome.FAILED,
                        failed.getClass().getSimpleName());
            }
            throw failed;
        }
        if (repair) {
            audit.record(operator.getName(), "reconciliation.repair", "customers",
                    report.isPresent() ? Outcome.OK : Outcome.REFUSED, report.map(r -> "onlyInCrm "
                            + r.onlyInCrm().size() + ", onlyInErp " + r.onlyInErp().size() + ", different "
                            + r.different().size() + ", repaired " + r.repaired() + ", failures "
                            + r.repairFailures().size()).orElse("another run was under way"));
        }
        return report.<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(() -> ResponseEntity
                .status(HttpStatus.CONFLICT).body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                        "A reconciliation is already running (on this or another hub instance)")));
    }

    @GetMapping("/latest")
    @Operation(summary = "The report of the latest run")
    public ResponseEntity<ReconciliationReport> latest() {
        return service.latest().map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.notFound().build());
    }
}
