package org.custodian.ingest.axis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

import org.custodian.ingest.IngestBusyException;
import org.custodian.ingest.StorageFullException;
import org.custodian.ingest.UnknownCameraException;
import org.junit.jupiter.api.Test;

class SwiftResponsesTest {

    private final SwiftResponses responses = new SwiftResponses() { };

    @Test
    void answersTheSpecsStatusCodes() throws Exception {
        assertThat(responses.invalid(new UnknownCameraException("X1")).getStatusCode().value()).isEqualTo(400);
        assertThat(responses.full(new StorageFullException("full")).getStatusCode().value()).isEqualTo(507);
        var busy = responses.busy(new IngestBusyException(4, Duration.ofMillis(200)));
        assertThat(busy.getStatusCode().value()).isEqualTo(503);
        assertThat(busy.getHeaders().getFirst("Retry-After")).isEqualTo("1");
    }

    @Test
    void judgesABodyFailureByWhatBrokeTheBodyEvenWhenWrapped() throws Exception {
        var wrapped = new IOException("store failed", new ETagMismatchException("a".repeat(32), "b".repeat(32)));
        assertThat(responses.failed(wrapped).getStatusCode().value()).isEqualTo(422);
        assertThat(responses.failed(new BodyTruncatedException(10, 5)).getStatusCode().value()).isEqualTo(400);
        assertThat(responses.failed(new IllegalStateException("bug")).getStatusCode().value()).isEqualTo(500);
    }
}
