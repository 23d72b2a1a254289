package org.custodian.ingest.axis;

import java.util.LinkedHashMap;
import java.util.Map;

import org.custodian.shared.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/** HEAD and GET answers: stored metadata back as {@code X-*-Meta-*} headers, URL-encoded as it came. */
@Component
class SwiftReads {

    private final ContainerRows containers;
    private final ObjectRows objects;

    SwiftReads(ContainerRows containers, ObjectRows objects) {
        this.containers = containers;
        this.objects = objects;
    }

    Map<String, String> containerHeaders(String container) {
        ContainerRow row = containers.find(container).orElseThrow(() -> new NotFoundException("Container", container));
        Map<String, String> headers = new LinkedHashMap<>();
        row.metadata().values().forEach((k, v) -> headers.put(Metadata.CONTAINER + k, Metadata.encode(v)));
        return headers;
    }

    Map<String, String> objectHeaders(String container, String object) {
        ObjectRow row = objects.find(container, object).orElseThrow(() -> new NotFoundException("Object", object));
        Map<String, String> headers = new LinkedHashMap<>();
        row.metadata().values().forEach((k, v) -> headers.put(Metadata.OBJECT + k, Metadata.encode(v)));
        if (row.md5() != null) {
            headers.put(HttpHeaders.ETAG, row.md5());
        }
        return headers;
    }
}
