package org.custodian.identity.security;

import java.io.IOException;
import java.time.Clock;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.custodian.identity.jdbc.ApiTokens;
import org.custodian.identity.jdbc.StaffUsers;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates {@code Authorization: Bearer cst_...} API requests against the stored token hashes. */
class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final StaffUsers users;
    private final Clock clock;

    BearerTokenFilter(ApiTokens tokens, StaffUsers users, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        String token = header.substring(7).trim();
        var found = tokens.byHash(TokenDigest.of(token))
                .filter(t -> t.usableAt(clock.instant()))
                .flatMap(t -> users.find(t.username()))
                .filter(u -> u.enabled());
        if (found.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            response.setContentType("application/problem+json");
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.getWriter().write("{\"title\":\"Unauthorized\",\"status\":401,"
                    + "\"detail\":\"The bearer token is unknown, expired or revoked.\"}");
            return;
        }
        var user = found.get();
        var auth = new UsernamePasswordAuthenticationToken(user.username(), null, user.roles().stream()
                .map(r -> new SimpleGrantedAuthority(r.authority())).collect(Collectors.toList()));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
