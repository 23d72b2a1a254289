package org.custodian.ingest;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalLong;

import org.custodian.fleet.CameraCustody;
import org.custodian.fleet.Fleet;
import org.custodian.storage.BlobStore;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class UploadChecksTest {

    private final CameraCustody custody = mock(CameraCustody.class);
    private final BlobStore store = mock(BlobStore.class);

    private UploadChecks checks(String minFree) {
        IngestProperties properties = new Binder(new MapConfigurationPropertySource(
                java.util.Map.of("custodian.ingest.min-free-bytes", minFree)))
                .bindOrCreate("custodian.ingest", Bindable.of(IngestProperties.class));
        when(custody.holderAt(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any()))
                .thenReturn(Optional.empty());
        return new UploadChecks(custody, mock(Fleet.class), store, properties,
                Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void refusesAnUploadThatWouldLeaveTheStoreBelowItsFreeSpace() throws Exception {
        when(store.usableSpace()).thenReturn(OptionalLong.of(5_000_000_000L));
        UploadChecks checks = checks("4GB");

        assertThatCode(() -> checks.check(Uploads.of("CAM-0001", null), 100_000_000)).doesNotThrowAnyException();
        assertThatThrownBy(() -> checks.check(Uploads.of("CAM-0001", null), 1_200_000_000))
                .isInstanceOf(StorageFullException.class).hasMessageContaining("5000000000 bytes free");
    }

    @Test
    void aStoreThatCannotTellItsSpaceIsNotRefused() throws Exception {
        when(store.usableSpace()).thenReturn(OptionalLong.empty());

        assertThatCode(() -> checks("1GB").check(Uploads.of("CAM-0001", null), -1)).doesNotThrowAnyException();
    }
}
