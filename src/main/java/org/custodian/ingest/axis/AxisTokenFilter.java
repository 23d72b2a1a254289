package org.custodian.ingest.axis;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in a storage request whose token is genuine, unexpired and issued for the account the path
 * names. The principal is {@code axis:<username>}, which is how the audit log names what the body worn
 * system did. Requests without such a token stay anonymous and are answered 401 by the chain.
 */
class AxisTokenFilter extends OncePerRequestFilter {

    static final String ROLE = "ROLE_AXIS_BODY_WORN_SYSTEM";

    private final AxisTokens tokens;
    private final AxisProperties properties;

    AxisTokenFilter(AxisTokens tokens, AxisProperties properties) {
        this.tokens = tokens;
        this.properties = properties;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String prefix = "/v1/" + properties.account();
        boolean forThisAccount = path.equals(prefix) || path.startsWith(prefix + "/");
        tokens.verify(request.getHeader("X-Auth-Token"))
                .filter(account -> forThisAccount && account.equals(properties.account()))
                .ifPresent(account -> SecurityContextHolder.getContext().setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated("axis:" + properties.username(), null,
                                List.of(new SimpleGrantedAuthority(ROLE)))));
        chain.doFilter(request, response);
    }
}
