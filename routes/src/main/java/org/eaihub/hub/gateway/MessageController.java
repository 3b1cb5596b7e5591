package org.eaihub.hub.gateway;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;

import org.eaihub.canonical.CanonicalValidationException;
import org.eaihub.hub.backend.BackendUnavailableException;
import org.eaihub.hub.backend.BusinessFaultException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/messages}: a canonical message in JSON or XML, for integration clients that speak HTTP. A
 * {@code GetCustomerPartyMaster} is answered (200, in the request's format); a {@code SyncCustomerPartyMaster} or
 * {@code ProcessSalesOrder} is accepted onto the queue a JMS client would use (202 with its message id). An
 * invalid message is refused with 400 and the broken rules (field path and rule, never the value).
 */
@RestController
@RequestMapping("/api/messages")
@PreAuthorize("hasAnyRole('INTEGRATION_CLIENT','ADMIN')")
public class MessageController {

    private final CanonicalGateway gateway;

    public MessageController(CanonicalGateway gateway) {
        this.gateway = gateway;
    }

    @PostMapping(consumes = {"application/json", "application/xml", "text/xml"})
    @Operation(summary = "Submit a canonical message: GetCustomerPartyMaster (answered), SyncCustomerPartyMaster or "
            + "ProcessSalesOrder (accepted onto hub.in.customer / hub.in.order)")
    public ResponseEntity<?> submit(@RequestBody byte[] document,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType) {
        CanonicalGateway.Outcome outcome = gateway.submit(document, contentType);
        if (outcome.answered()) {
            return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, outcome.format().contentType())
                    .body(outcome.answer());
        }
        return ResponseEntity.accepted().header(HttpHeaders.CONTENT_TYPE, "application/json")
                .body(Map.of("messageId", outcome.messageId(), "queue", outcome.queue()));
    }

    @ExceptionHandler(CanonicalValidationException.class)
    ResponseEntity<ProblemDetail> invalid(CanonicalValidationException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("invalid canonical message");
        problem.setProperty("violations", e.violations().stream()
                .map(v -> Map.of("path", v.path(), "rule", v.rule(), "message", v.message())).toList());
        return problemResponse(problem);
    }

    @ExceptionHandler(BusinessFaultException.class)
    ResponseEntity<ProblemDetail> refused(BusinessFaultException e) {
        return problemResponse(ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage()));
    }

    @ExceptionHandler(BackendUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(BackendUnavailableException e) {
        return problemResponse(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage()));
    }

    private static ResponseEntity<ProblemDetail> problemResponse(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).header(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .body(problem);
    }
}
