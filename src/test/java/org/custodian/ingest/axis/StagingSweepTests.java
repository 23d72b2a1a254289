package org.custodian.ingest.axis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.custodian.audit.AuditEntry;
import org.custodian.audit.AuditQuery;
import org.custodian.ingest.FootageReconciler;
import org.custodian.storage.BlobKey;
import org.custodian.storage.BlobStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Encrypted clips staged while they wait for their key objects: a staged blob that no object row holds (its
 * node stopped before writing the row, or before deleting the blob once the clip was in) is swept by the
 * footage reconciler after the grace period; one a recording still waits on is never touched.
 */
class StagingSweepTests extends EncryptedDockingTest {

    @Autowired
    FootageReconciler reconciler;
    @Autowired
    BlobStore store;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theReconcilerRemovesAStagedBlobNoRecordingHoldsAndKeepsTheOnesThatWait() throws Exception {
        byte[] plain = Footage.clip(1);
        CameraEncryption.Encrypted encrypted = ENCRYPTION.encrypt(plain, KEY_ID);
        assertThat(putClip(recording.triggerOn(), encrypted.content()).status()).isEqualTo(201);
        BlobKey waiting = stagedBlob();
        BlobKey leftBehind = BlobKey.of(StagingArea.PREFIX + UUID.randomUUID().toString().replace("-", ""));
        store.put(leftBehind, new ByteArrayInputStream(new byte[] {1, 2, 3}), 3);
        Instant now = Instant.now();

        reconciler.reconcile(now);
        assertThat(store.exists(leftBehind)).as("seen once, within the grace period").isTrue();
        reconciler.reconcile(now.plus(Duration.ofMinutes(61)));

        assertThat(store.exists(leftBehind)).isFalse();
        assertThat(store.exists(waiting)).isTrue();
        assertThat(audit.find(AuditQuery.forSubject("blob", leftBehind.value()))).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.action()).isEqualTo("footage.staged-orphan-deleted");
                    assertThat(entry.details()).contains("axis-staging/");
                });
        assertThat(audit.find(AuditQuery.forSubject("blob", waiting.value()))).isEmpty();
        assertThat(putKey(recording.triggerOn(), encrypted.keyObject()).status()).isEqualTo(201);
        assertThat(clips.ofCamera(recording.serial())).singleElement()
                .satisfies(c -> assertThat(c.sha256().hex()).isEqualTo(Footage.sha256(plain)));
        assertThat(store.exists(waiting)).as("deleted once the clip is in").isFalse();
    }

    @Test
    void aClipSentAgainWhileWaitingForItsKeyIsStagedAfreshAndItsOldCopyDeleted() throws Exception {
        CameraEncryption.Encrypted encrypted = ENCRYPTION.encrypt(Footage.clip(2), KEY_ID);
        assertThat(putClip(recording.triggerOn(), encrypted.content()).status()).isEqualTo(201);
        BlobKey first = stagedBlob();

        assertThat(putClip(recording.triggerOn(), encrypted.content()).status()).isEqualTo(201);

        BlobKey second = stagedBlob();
        assertThat(second).isNotEqualTo(first);
        assertThat(store.exists(first)).isFalse();
        assertThat(store.exists(second)).isTrue();
        assertThat(audit.find(AuditQuery.forSubject("blob", first.value()))).extracting(AuditEntry::action).isEmpty();
    }

    private BlobKey stagedBlob() {
        return BlobKey.of(jdbc.sql("SELECT staged_blob FROM axis_object WHERE container_name = ? AND staged_blob IS NOT NULL")
                .param(recording.container()).query(String.class).single());
    }
}
