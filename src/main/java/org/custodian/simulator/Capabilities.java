package org.custodian.simulator;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the content destination said it supports in {@code System/Capability.json}. As the spec says, a
 * capability missing, false, or in a missing or malformed file is unsupported, and the camera system
 * leaves out what depends on it (bookmarks, GNSS tracks, the user's own ID).
 */
public record Capabilities(Set<String> supported) {

    public static final String STORE_BOOKMARKS = "StoreBookmarks";
    public static final String STORE_GNSS_TRACK = "StoreGNSSTrackRecording";
    public static final String STORE_USER_ID = "StoreUserIDKey";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public Capabilities {
        supported = Set.copyOf(supported);
    }

    public static Capabilities none() {
        return new Capabilities(Set.of());
    }

    public static Capabilities parse(String json) {
        try {
            Set<String> supported = new HashSet<>();
            JsonNode root = JSON.readTree(json);
            for (String group : new String[] {"Read", "Store", "StoreAndRead"}) {
                for (Map.Entry<String, JsonNode> capability : root.path(group).properties()) {
                    if (capability.getValue().asBoolean(false)) {
                        supported.add(capability.getKey());
                    }
                }
            }
            return new Capabilities(supported);
        } catch (JacksonException e) {
            return none();
        }
    }

    public boolean has(String capability) {
        return supported.contains(capability);
    }
}
