package org.custodian.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.custodian.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class ClipMetadataTest {

    static final ClipCategories CATEGORIES = new ClipCategories(ClipCategories.DEFAULTS);

    @Test
    void categoriesAreKnownByCodeOrNameAndUnknownOnesAreRefused() {
        assertThat(CATEGORIES.parse("Stop and search")).isEqualTo("stop-and-search");
        assertThat(CATEGORIES.parse("EVIDENTIAL")).isEqualTo("evidential");
        assertThat(CATEGORIES.codes()).contains("non-evidential", "domestic-abuse", "use-of-force", "public-order",
                "firearms", "first-account", "training-candidate");
        assertThatThrownBy(() -> CATEGORIES.parse("Parking")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("Unknown category 'Parking'");
        assertThat(new ClipCategories(List.of("Evidential", "Road traffic")).codes()).containsExactly("evidential",
                "road-traffic");
    }

    @Test
    void changesApplyOnlyToTheFieldsNamedAndNullClears() {
        ClipMetadata before = ClipMetadata.NONE.changed(Map.of("title", "Stop in Whitehall", "crimeReference",
                " cris 1234567/26 "), CATEGORIES);
        Map<String, String> clear = new HashMap<>();
        clear.put("title", null);
        clear.put("category", "evidential");

        ClipMetadata after = before.changed(clear, CATEGORIES);

        assertThat(before.crimeReference()).isEqualTo(new CrimeReference("CRIS 1234567/26"));
        assertThat(after.title()).isNull();
        assertThat(after.crimeReference()).isEqualTo(before.crimeReference());
        assertThat(before.differences(after)).containsOnlyKeys("title", "category");
        assertThat(before.differences(after).get("title")).containsExactly("Stop in Whitehall", null);
        assertThat(before.differences(after).get("category")).containsExactly(null, "evidential");
    }

    @Test
    void malformedReferencesAndUnknownFieldsAreRefusedWithAClearMessage() {
        assertThatThrownBy(() -> ClipMetadata.NONE.changed(Map.of("crimeReference", "12;DROP"), CATEGORIES))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("Crime reference '12;DROP' is malformed");
        assertThatThrownBy(() -> ClipMetadata.NONE.changed(Map.of("custodyNumber", "x"), CATEGORIES))
                .hasMessageContaining("Custody number");
        assertThatThrownBy(() -> ClipMetadata.NONE.changed(Map.of("sha256", "00"), CATEGORIES))
                .hasMessageContaining("Unknown field 'sha256'");
        assertThatThrownBy(() -> ClipMetadata.NONE.changed(Map.of("title", "x".repeat(201)), CATEGORIES))
                .hasMessageContaining("title is limited to 200 characters");
    }

    @Test
    void theCamerasBookmarksCannotBeChanged() {
        ClipBookmark cameras = new ClipBookmark(1, new Bookmark(GeoGridTest.T, null, null, null, null),
                ClipBookmark.Origin.CAMERA, null);

        assertThatThrownBy(cameras::requireChangeable).hasMessageContaining("made by the camera");
    }
}
