package org.custodian.ingest.axis;

import jakarta.servlet.http.HttpServletRequest;

import org.custodian.audit.AuditEvent;
import org.custodian.audit.AuditLog;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Swift v1 authentication: account and key in, a token and the storage URL to use it with out. */
@RestController
class AuthController {

    private final AxisCredentials credentials;
    private final AxisTokens tokens;
    private final AxisProperties properties;
    private final AuditLog audit;

    AuthController(AxisCredentials credentials, AxisTokens tokens, AxisProperties properties, AuditLog audit) {
        this.credentials = credentials;
        this.tokens = tokens;
        this.properties = properties;
        this.audit = audit;
    }

    @GetMapping("/auth/v1.0")
    ResponseEntity<Void> authenticate(@RequestHeader(name = "X-Auth-User", required = false) String user,
            @RequestHeader(name = "X-Auth-Key", required = false) String key, HttpServletRequest request) {
        if (!credentials.accepts(user, key)) {
            // Failed sign-ins are audited: a flood of them is someone guessing the key.
            audit.recordAs("axis:anonymous", AuditEvent.denied("axis.sign-in", "axis-account",
                    properties.username()).with("presentedUser", Names.quote(user)));
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        String storageUrl = PublicUrl.of(properties, request) + "/v1/" + properties.account();
        String token = tokens.issue(properties.account());
        return ResponseEntity.ok().header("X-Auth-Token", token).header("X-Storage-Token", token)
                .header("X-Storage-Url", storageUrl).build();
    }
}
