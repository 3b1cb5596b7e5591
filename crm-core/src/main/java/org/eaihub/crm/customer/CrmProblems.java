package org.eaihub.crm.customer;

import java.util.List;

import org.eaihub.crm.access.RecordAccessDeniedException;
import org.eaihub.crm.quality.CustomerValidationException;
import org.eaihub.crm.quality.DuplicateCustomerException;
import org.eaihub.crm.quality.FieldError;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors as RFC 9457 problem details. Validation errors list each field with the rule it broke and never echo
 * the value, which may be personal data.
 */
@RestControllerAdvice
public class CrmProblems {

    @ExceptionHandler(CustomerValidationException.class)
    ProblemDetail invalid(CustomerValidationException e) {
        return withErrors(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage()), e.errors());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), f.getCode(), f.getDefaultMessage())).toList();
        return withErrors(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid request"), errors);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        String detail = e.getCause() instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException f
                ? "Field " + f.getPathReference() + " has the wrong type or value"
                : "Malformed request body";
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    }

    @ExceptionHandler(DuplicateCustomerException.class)
    ProblemDetail duplicate(DuplicateCustomerException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("matches", e.matches());
        return problem;
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail constraint(DataIntegrityViolationException e) {
        String message = String.valueOf(e.getMostSpecificCause().getMessage()).toLowerCase();
        String field = message.contains("active_email") ? "email" : message.contains("active_tax_id") ? "taxId"
                : message.contains("erp_number") ? "erpNumber" : null;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, field == null
                ? "The change conflicts with existing data" : "Another live customer has the same " + field);
        if (field != null) {
            problem.setProperty("errors", List.of(new FieldError(field, "unique", "belongs to another customer")));
        }
        return problem;
    }

    @ExceptionHandler({CustomerConflictException.class, OptimisticLockingFailureException.class})
    ProblemDetail conflict(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e instanceof CustomerConflictException
                ? e.getMessage() : "The customer changed meanwhile; read it again");
    }

    @ExceptionHandler(CustomerNotFoundException.class)
    ProblemDetail notFound(CustomerNotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(RecordAccessDeniedException.class)
    ProblemDetail denied(RecordAccessDeniedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    }

    private static ProblemDetail withErrors(ProblemDetail problem, List<FieldError> errors) {
        problem.setProperty("errors", errors);
        return problem;
    }
}
