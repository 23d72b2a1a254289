package org.custodian.ingest.axis;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The base URL a body worn system reaches Custodian at: configured, or the one the request came in on. */
final class PublicUrl {

    private PublicUrl() {
    }

    static String of(AxisProperties properties, HttpServletRequest request) {
        String configured = properties.publicUrl();
        if (configured != null && !configured.isBlank()) {
            return configured.strip().replaceAll("/+$", "");
        }
        return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
    }
}
