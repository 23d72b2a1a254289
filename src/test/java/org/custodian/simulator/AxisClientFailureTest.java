package org.custodian.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

/** How the camera system copes when docking goes wrong: what it sends again, and when it stops trying. */
class AxisClientFailureTest extends FakeSwiftServerTest {

    private static final Officer OFFICER = DockedRecording.OFFICER;

    @Test
    void resendsClipsCutShortByAnUnpluggedDockAndReportsOnlyWhatTheServerTook() throws Exception {
        register();
        List<Acknowledgement> acknowledged = new CopyOnWriteArrayList<>();

        client.withFaults(FaultPlan.unplugMidClip(5, 1.0)).onAcknowledged(acknowledged::add).upload(recording());

        assertThat(acknowledged).filteredOn(Acknowledgement::isClip).containsExactly(
                new Acknowledgement("PUT", clipName(first), 201), new Acknowledgement("PUT", clipName(second), 201));
        assertThat(acknowledged).last().isEqualTo(new Acknowledgement("POST", container(), 204));

        assertThat(server.seen()).filteredOn(s -> s.request().equals("PUT " + clipName(first)))
                .extracting(SeenRequest::status).containsExactly(-2, 201);
        assertThat(server.seen()).filteredOn(s -> s.request().equals("PUT " + clipName(second)))
                .extracting(SeenRequest::status).containsExactly(-2, 201);
        assertThat(server.stored(clipName(first)).body()).isEqualTo(Files.readAllBytes(first.file()));
        assertThat(server.stored(clipName(second)).body()).isEqualTo(Files.readAllBytes(second.file()));
        assertThat(server.completedContainers()).containsExactly(container());
    }

    @Test
    void givesUpAtOnceWhenTheServerDoesNotKnowTheCamera() {
        client.registerUser(OFFICER);

        assertThatThrownBy(() -> client.upload(recording())).isInstanceOf(DeliveryRefusedException.class)
                .hasMessageContaining("400").hasMessageContaining("unknown user or device")
                .satisfies(e -> assertThat(((DeliveryRefusedException) e).status()).isEqualTo(400));
        assertThat(server.seen()).filteredOn(s -> s.request().equals("PUT " + container())).hasSize(1);
    }

    @Test
    void givesUpAtOnceWhenStorageIsFullAndNeverCompletesTheRecording() {
        register();
        server.answerOnce(r -> r.equals("PUT " + clipName(first)), 507, null);

        assertThatThrownBy(() -> client.upload(recording())).isInstanceOf(DeliveryRefusedException.class)
                .hasMessageContaining("507").hasMessageContaining("storage full");
        assertThat(server.seen()).filteredOn(s -> s.path().startsWith(container() + "/")).hasSize(1);
        assertThat(server.completedContainers()).isEmpty();
    }

    @Test
    void waitsOutABusyServerOnlyAsLongAsItsPatience() {
        register();
        for (int i = 0; i < 3; i++) {
            server.answerOnce(r -> r.equals("PUT " + container()), 503, "1");
        }
        AxisClient impatient = client.withRetryPolicy(new RetryPolicy(4, Duration.ofMillis(10), Duration.ofSeconds(5),
                Duration.ofMillis(1500), Duration.ofSeconds(30)));

        assertThatThrownBy(() -> impatient.upload(recording())).isInstanceOf(DeliveryFailedException.class)
                .hasMessageContaining("busy");
        assertThat(server.seen()).filteredOn(s -> s.request().equals("PUT " + container())).hasSize(2);
    }

    @Test
    void refusesCapabilitiesWhoseEtagDoesNotMatchTheirBody() {
        assertThat(client.capabilities().has(Capabilities.STORE_BOOKMARKS)).isTrue();

        server.corruptCapabilityEtag();

        assertThatThrownBy(() -> AxisClient.connect(server.uri(), "sim", "sim-key").capabilities())
                .isInstanceOf(CorruptCapabilitiesException.class).hasMessageContaining("corrupt");
    }

    @Test
    void wrongCredentialsAreRefusedWithoutRetrying() {
        AxisClient wrong = AxisClient.connect(server.uri(), "sim", "not-the-key").withRetryPolicy(QUICK);

        assertThatThrownBy(wrong::authenticate).isInstanceOf(DeliveryRefusedException.class)
                .hasMessageContaining("401");
        assertThat(server.seen()).hasSize(1);
    }
}
