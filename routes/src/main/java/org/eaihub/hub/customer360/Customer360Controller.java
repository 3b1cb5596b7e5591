package org.eaihub.hub.customer360;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.eaihub.canonical.CanonicalCodec;
import org.eaihub.canonical.Format;
import org.eaihub.canonical.common.Patterns;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/customers/{id}/360}: the customer's {@code ShowCustomer360} in JSON (default) or XML
 * ({@code Accept: application/xml}). 200 also when partial ({@code sources} says which system is missing and why;
 * the header {@code Customer360-Missing} lists them); 404 for a customer the CRM does not know; 503 when the CRM
 * did not answer, since without the master record there is no customer to show.
 */
@RestController
@Tag(name = "Customer 360", description = "One customer as the CRM, the ERP and the SCM see it")
public class Customer360Controller {

    public static final String MISSING_HEADER = "Customer360-Missing";

    private final Customer360Service service;
    private final CanonicalCodec codec;

    public Customer360Controller(Customer360Service service, CanonicalCodec codec) {
        this.service = service;
        this.codec = codec;
    }

    @GetMapping(path = "/api/customers/{customerId}/360", produces = {"application/json", "application/xml"})
    @PreAuthorize("hasAnyRole('INTEGRATION_CLIENT','OPERATOR','ADMIN')")
    @Operation(summary = "The customer's CRM profile, ERP receivables (aging, open items, this month, trade history) "
            + "and SCM open shipments; partial answers name the missing system (404 unknown customer, 503 CRM down)")
    public ResponseEntity<?> customer360(@PathVariable String customerId,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        if (!customerId.matches(Patterns.ID)) {
            return problem(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "customerId: pattern ID"));
        }
        Format format = accept != null && accept.contains("xml") && !accept.contains("json") ? Format.XML
                : Format.JSON;
        return service.answer(customerId).<ResponseEntity<?>>map(answer -> {
            List<String> missing = Customer360Assembly.missing(answer.customer360()).stream().map(Enum::name).toList();
            ResponseEntity.BodyBuilder ok = ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_TYPE, format.contentType());
            if (!missing.isEmpty()) {
                ok.header(MISSING_HEADER, String.join(",", missing));
            }
            return ok.body(codec.write(answer, format));
        }).orElseGet(() -> problem(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "the CRM has no customer with this id")));
    }

    @ExceptionHandler(CrmUnavailableException.class)
    ResponseEntity<ProblemDetail> crmUnavailable(CrmUnavailableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "the CRM, the customer master, did not answer: " + e.status().reason().description());
        problem.setTitle("customer 360 unavailable");
        problem.setProperty("source", e.status().system().name());
        problem.setProperty("availability", e.status().availability().name());
        problem.setProperty("reason", e.status().reason().code());
        return problem(problem);
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE).body(problem);
    }
}
