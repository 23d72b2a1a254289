package org.custodian.identity.web;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;

import org.custodian.identity.Accounts;
import org.custodian.identity.Role;
import org.custodian.identity.StaffUser;
import org.custodian.identity.jdbc.ApiTokens;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Identity", description = "Staff accounts, roles and API tokens")
class AccountsController {

    private final Accounts accounts;

    AccountsController(Accounts accounts) {
        this.accounts = accounts;
    }

    record NewUser(@NotBlank String username, @NotBlank String displayName, @NotBlank String password,
            @NotEmpty Set<Role> roles, String collarNumber, String unitCode) {
    }

    record NewToken(@NotBlank String name, @Positive Integer days) {
    }

    @GetMapping("/me")
    StaffUser me(Authentication auth) {
        return accounts.require(auth.getName());
    }

    @GetMapping("/users")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    List<StaffUser> users() {
        return accounts.all();
    }

    @PostMapping("/users")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @ResponseStatus(HttpStatus.CREATED)
    StaffUser create(@Valid @RequestBody NewUser body) {
        return accounts.create(new StaffUser(body.username(), body.displayName(), body.roles(), body.collarNumber(),
                body.unitCode(), true), body.password());
    }

    @PostMapping("/users/{username}/disable")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    StaffUser disable(@PathVariable String username) {
        accounts.setEnabled(username, false);
        return accounts.require(username);
    }

    @PostMapping("/users/{username}/enable")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    StaffUser enable(@PathVariable String username) {
        accounts.setEnabled(username, true);
        return accounts.require(username);
    }

    @GetMapping("/tokens")
    List<ApiTokens.Token> tokens(Authentication auth) {
        return accounts.tokensOf(auth.getName());
    }

    /** Returns the token once; only its hash is kept. */
    @PostMapping("/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    Accounts.IssuedToken issue(@Valid @RequestBody NewToken body, Authentication auth) {
        int days = body.days() == null ? 90 : body.days();
        return accounts.issueToken(auth.getName(), body.name(), Duration.ofDays(days));
    }

    @DeleteMapping("/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable long id, Authentication auth) {
        accounts.revokeToken(auth.getName(), id);
    }
}
