package org.custodian.ingest.tus;

import jakarta.servlet.http.HttpServletRequest;

import org.custodian.ingest.IngestRefusals;
import org.custodian.shared.InvalidValueException;
import org.springframework.stereotype.Component;

/**
 * Remembers the tus uploads refused, for the dock status page: creations (POST) and chunks (PATCH), with the
 * camera their metadata names. Reads and terminations are not uploads and are left out.
 */
@Component
class TusRefusals {

    private static final String BASE = "/api/v1/uploads";

    private final IngestRefusals refusals;
    private final TusUploadRecords records;

    TusRefusals(IngestRefusals refusals, TusUploadRecords records) {
        this.refusals = refusals;
        this.records = records;
    }

    void record(HttpServletRequest request, int status, String reason) {
        String method = request.getMethod();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String id = path.startsWith(BASE + "/") ? path.substring(BASE.length() + 1) : "";
        if ("POST".equals(method)) {
            refusals.record("tus", status, "POST " + BASE + "/", camera(request.getHeader("Upload-Metadata")), reason);
        } else if ("PATCH".equals(method)) {
            String metadata = id.length() > 40 ? null : records.find(id).map(TusUpload::metadata).orElse(null);
            refusals.record("tus", status, "PATCH " + id, camera(metadata), reason);
        }
    }

    private static String camera(String metadata) {
        try {
            return UploadMetadata.parse(metadata).get("camera");
        } catch (InvalidValueException unreadable) {
            // Often the very reason for the refusal; it is recorded without a camera.
            return null;
        }
    }
}
