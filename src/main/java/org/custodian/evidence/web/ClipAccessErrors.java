package org.custodian.evidence.web;

import org.custodian.evidence.ClipAccessRefusedException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused clip access is a 403 whose detail says what would allow it (a reason, or a different role). */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = { ClipsController.class, IncidentsController.class,
        ClipContentController.class, ClipMediaController.class })
class ClipAccessErrors {

    @ExceptionHandler(ClipAccessRefusedException.class)
    ProblemDetail refused(ClipAccessRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle(e.reasonNeeded() ? "A reason is needed" : "Not allowed");
        problem.setProperty("reasonNeeded", e.reasonNeeded());
        return problem;
    }
}
