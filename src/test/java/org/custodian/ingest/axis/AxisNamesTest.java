package org.custodian.ingest.axis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.custodian.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AxisNamesTest {

    @Test
    void readsUserSerialAndTriggerTimeFromARecordingName() {
        ContainerName name = ContainerName.parse("6c1b37a2-1f0e-4c5e-9a7b-2d4f1e0c9b11_B8A44F000001_20220823_114706");
        assertThat(name.kind()).isEqualTo(ContainerName.Kind.RECORDING);
        assertThat(name.userId()).isEqualTo("6c1b37a2-1f0e-4c5e-9a7b-2d4f1e0c9b11");
        assertThat(name.serial()).isEqualTo("B8A44F000001");
        assertThat(name.triggerOnTime()).isEqualTo("20220823_114706");
    }

    @Test
    void knowsTheSystemContainers() {
        assertThat(ContainerName.parse("Users").kind()).isEqualTo(ContainerName.Kind.USERS);
        assertThat(ContainerName.parse("Devices").kind()).isEqualTo(ContainerName.Kind.DEVICES);
        assertThat(ContainerName.parse("System").kind()).isEqualTo(ContainerName.Kind.SYSTEM);
    }

    @ParameterizedTest
    @ValueSource(strings = {"holiday-photos", "users", "u_B8A44F000001", "u_B8A_1661255226", "u!_B8A44F000001_1",
            "u_B8A44F000001_1 2"})
    void refusesContainersThatAreNotAxisRecordings(String name) {
        assertThatThrownBy(() -> ContainerName.parse(name)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void tellsRecordingObjectsApartByName() {
        assertThat(ObjectName.inRecording("20220823_114706_4711.mp4").kind()).isEqualTo(ObjectName.Kind.CLIP);
        assertThat(ObjectName.inRecording("20220823_114706_4711.MKV").kind()).isEqualTo(ObjectName.Kind.CLIP);
        assertThat(ObjectName.inRecording("20220823_114706_4711.key").kind()).isEqualTo(ObjectName.Kind.KEY);
        assertThat(ObjectName.inRecording("20220823_114706_4711_B8A44F000001_gpstrail.json").kind())
                .isEqualTo(ObjectName.Kind.TRACK);
        assertThat(ObjectName.inRecording("bookmark_1661255300_2").kind()).isEqualTo(ObjectName.Kind.BOOKMARK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"notes.txt", ".hidden.mp4", "clip with space.mp4", "x;rm.mp4", "évidence.mp4"})
    void refusesOtherObjectNames(String name) {
        assertThatThrownBy(() -> ObjectName.inRecording(name)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void pairsAKeyObjectWithItsClipWithOrWithoutTheExtension() {
        ObjectName specStyle = ObjectName.inRecording("20220823_114706_4711.key");
        ObjectName scriptStyle = ObjectName.inRecording("20220823_114706_4711.mp4.key");
        assertThat(specStyle.isKeyFor("20220823_114706_4711.mp4")).isTrue();
        assertThat(scriptStyle.isKeyFor("20220823_114706_4711.mp4")).isTrue();
        assertThat(specStyle.isKeyFor("20220823_114706_4712.mp4")).isFalse();
        assertThat(specStyle.isKeyFor("20220823_114706_4711_B8A44F000001_gpstrail.json")).isFalse();
    }
}
