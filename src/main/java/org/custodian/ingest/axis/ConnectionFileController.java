package org.custodian.ingest.axis;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The connection file over the API, for administrators only: it carries the account key. */
@RestController
@Tag(name = "Ingest: Axis", description = "Connecting an Axis body worn system")
class ConnectionFileController {

    private final ConnectionFiles files;
    private final AxisProperties properties;

    ConnectionFileController(ConnectionFiles files, AxisProperties properties) {
        this.files = files;
        this.properties = properties;
    }

    @GetMapping(path = "/api/v1/axis/connection-file", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Operation(summary = "The connection file for the Axis body worn manager",
            description = "Contains the account key. Unless custodian.axis.key is configured, every call issues a "
                    + "new key and the previous generated key stops working. Audited.")
    ResponseEntity<Map<String, Object>> connectionFile(HttpServletRequest request) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"custodian-axis-connection.json\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(files.make(PublicUrl.of(properties, request)));
    }
}
