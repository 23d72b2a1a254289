package org.custodian.ingest.axis;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.custodian.ingest.IngestRefusals;
import org.springframework.stereotype.Component;

/**
 * Remembers what the body worn system was refused, for the dock status page: its writes only (PUT, POST),
 * with the camera named by the recording container or the device object when the path says.
 */
@Component
class AxisRefusals {

    private static final String PREFIX = "/v1/";

    private final IngestRefusals refusals;

    AxisRefusals(IngestRefusals refusals) {
        this.refusals = refusals;
    }

    void record(HttpServletRequest request, int status, String reason) {
        String method = request.getMethod();
        if (!"PUT".equals(method) && !"POST".equals(method)) {
            return;
        }
        String raw = request.getRequestURI().substring(request.getContextPath().length());
        refusals.record(Uploads.SOURCE, status, method + " " + withinAccount(raw), camera(raw), reason);
    }

    /** The path as the system names it, without {@code /v1/<account>/}; still percent-encoded. */
    private static String withinAccount(String raw) {
        int afterAccount = raw.startsWith(PREFIX) ? raw.indexOf('/', PREFIX.length()) : -1;
        return afterAccount < 0 ? raw : raw.substring(afterAccount + 1);
    }

    private static String camera(String raw) {
        try {
            SwiftPath path = SwiftPath.parse(raw);
            if (path.container() == null) {
                return null;
            }
            ContainerName container = ContainerName.parse(path.container());
            if (container.isRecording()) {
                return container.serial().toUpperCase(Locale.ROOT);
            }
            return container.kind() == ContainerName.Kind.DEVICES ? path.object() : null;
        } catch (RuntimeException unreadablePath) {
            // Often the very reason for the refusal; it is recorded without a camera.
            return null;
        }
    }
}
