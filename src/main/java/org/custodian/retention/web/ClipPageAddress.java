package org.custodian.retention.web;

import java.util.HashMap;
import java.util.Map;

import org.custodian.evidence.ClipId;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The clip page's address with the access reason and purpose it was opened with, so that returning to it after a
 * form is audited as the first opening was, and does not ask again for a reason.
 */
final class ClipPageAddress {

    private ClipPageAddress() {
    }

    static String of(ClipId clip, String accessReason, String purpose) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/clips/{id}");
        Map<String, Object> values = new HashMap<>();
        values.put("id", clip);
        if (accessReason != null && !accessReason.isBlank()) {
            url.queryParam("reason", "{reason}");
            values.put("reason", accessReason);
        }
        if (purpose != null && !purpose.isBlank()) {
            url.queryParam("purpose", "{purpose}");
            values.put("purpose", purpose);
        }
        return url.fragment("clip-retention").encode().buildAndExpand(values).toUriString();
    }
}
