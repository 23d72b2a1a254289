package org.custodian.retention.web;

import org.custodian.shared.InvalidValueException;
import org.custodian.shared.NotFoundException;
import org.custodian.shared.RuleViolationException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * On the retention pages a refusal or bad input is a page saying why (400, 404 or 409), never a problem document or
 * a stack trace. The forms catch what they can answer on their own page; this answers the rest.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice(assignableTypes = { ClipRetentionForms.class, HoldsPage.class, RestrictionsPage.class,
        PolicyPage.class, DeletionRequestsPage.class })
class RetentionPageErrors {

    @ExceptionHandler({ NotFoundException.class, InvalidValueException.class, RuleViolationException.class })
    String refused(RuntimeException e, HttpServletResponse response, Model model) {
        return problem(e, response, model, null);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    String missing(MissingServletRequestParameterException e, HttpServletResponse response, Model model) {
        return problem(new InvalidValueException("The form is missing '" + e.getParameterName() + "'"), response,
                model, null);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String mismatch(MethodArgumentTypeMismatchException e, HttpServletResponse response, Model model) {
        return problem(new InvalidValueException("'" + e.getValue() + "' is not a valid " + e.getName()), response,
                model, null);
    }

    /** The HTTP status a refusal is answered with: 404 not found, 409 refused by a rule, 400 bad input. */
    static int status(RuntimeException e) {
        return e instanceof NotFoundException ? 404 : e instanceof RuleViolationException ? 409 : 400;
    }

    /** The problem page with the refusal's message and a way back ({@code back}; null: home). */
    static String problem(RuntimeException e, HttpServletResponse response, Model model, String back) {
        response.setStatus(status(e));
        model.addAttribute("message", e.getMessage());
        model.addAttribute("back", back);
        return "retention/problem";
    }
}
