package org.custodian.evidence.web;

import org.custodian.evidence.ClipAccessRefusedException;
import org.custodian.shared.InvalidValueException;
import org.custodian.shared.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;

/** On the clip pages a refusal or bad input is a page saying so (404, 403 or 400), not a JSON problem. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice(assignableTypes = { ClipPages.class, ClipPage.class })
class ClipPageErrors {

    @ExceptionHandler({ NotFoundException.class, InvalidValueException.class, ClipAccessRefusedException.class })
    String problem(RuntimeException e, HttpServletResponse response, Model model) {
        response.setStatus(e instanceof NotFoundException ? 404 : e instanceof ClipAccessRefusedException ? 403 : 400);
        model.addAttribute("message", e.getMessage());
        return "clips/problem";
    }
}
