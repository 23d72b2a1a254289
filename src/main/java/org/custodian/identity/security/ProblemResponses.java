package org.custodian.identity.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.custodian.audit.AuditEvent;
import org.custodian.audit.AuditLog;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/** 401 and 403 as problem documents; every refusal of a signed-in user is audited. */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final AuditLog audit;

    ProblemResponses(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Custodian\"");
        String detail = e instanceof org.springframework.security.authentication.LockedException
                ? "Too many failed sign-ins for this user; try again later."
                : "Sign in with HTTP Basic or a bearer token.";
        write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", detail);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        audit.record(AuditEvent.denied("access.denied", "endpoint", request.getMethod() + " " + request.getRequestURI()));
        write(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                "Your role does not allow " + request.getMethod() + " " + request.getRequestURI() + ".");
    }

    private static void write(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.getWriter().write("{\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
                + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    }
}
