package org.custodian.ingest;

import java.time.Instant;
import java.util.Objects;

/**
 * An upload Custodian turned away: by which protocol, what was asked, the status it was answered with and
 * the reason given, so whoever runs the docks can see why a camera's footage is not arriving.
 *
 * @param request      what was asked, e.g. {@code PUT <container>/<object>} or {@code PATCH <upload id>}
 * @param cameraSerial the camera the upload named, when it could be told
 * @param actor        who asked: a staff username, or the Axis account
 */
public record Refusal(Instant at, String source, int status, String request, String cameraSerial, String actor,
        String reason) {

    static final int MAX_REQUEST = 1100;
    static final int MAX_REASON = 2000;

    public Refusal {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(source, "source");
        request = cut(Objects.requireNonNull(request, "request"), MAX_REQUEST);
        cameraSerial = cameraSerial == null ? null : cut(cameraSerial, 64);
        actor = cut(Objects.requireNonNull(actor, "actor"), 200);
        // A reason is for a person to read; the end of a very long one adds nothing they can act on.
        reason = cut(reason == null || reason.isBlank() ? "(no reason given)" : reason.strip(), MAX_REASON);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
