package org.eaihub.scm;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A value the SCM's REST API refuses (a knob out of range, a bad setting) is the caller's error: 400. */
@RestControllerAdvice(basePackages = "org.eaihub.scm")
public class ScmApiErrors {

    @ExceptionHandler(IllegalArgumentException.class)
    public ProblemDetail badValue(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }
}
