package org.custodian.evidence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.custodian.shared.InvalidValueException;

/**
 * The categories a clip may be given, from configuration ({@code custodian.evidence.categories}), each
 * kept by a code made from its name ("Stop and search" is {@code stop-and-search}). A clip no one has
 * categorised has no category: it is not "non-evidential" until a person says so, because that category
 * is what retention deletes on, and "nobody looked yet" is a different fact from "somebody decided".
 */
public final class ClipCategories {

    public static final String UNCATEGORISED = "uncategorised";
    public static final List<String> DEFAULTS = List.of("Non-evidential", "Evidential", "Stop and search",
            "Domestic abuse", "Use of force", "Public order", "Firearms", "First account", "Training candidate");

    private final Map<String, String> namesByCode = new LinkedHashMap<>();

    public ClipCategories(List<String> names) {
        for (String name : names) {
            if (name != null && !name.isBlank()) {
                namesByCode.put(code(name), name.trim());
            }
        }
        if (namesByCode.isEmpty()) {
            throw new IllegalArgumentException("custodian.evidence.categories lists no category");
        }
    }

    /** The code of a category given by code or name (case and separators ignored); null clears. */
    public String parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String code = code(text);
        if (!namesByCode.containsKey(code)) {
            throw new InvalidValueException("Unknown category '" + text + "'; expected one of " + namesByCode.keySet());
        }
        return code;
    }

    /** A category to search for: a known code, or {@link #UNCATEGORISED}. */
    public String parseFilter(String text) {
        return text != null && code(text).equals(UNCATEGORISED) ? UNCATEGORISED : parse(text);
    }

    public String name(String code) {
        return code == null ? "Uncategorised" : namesByCode.getOrDefault(code, code);
    }

    public Map<String, String> all() {
        return Map.copyOf(namesByCode);
    }

    public List<String> codes() {
        return List.copyOf(namesByCode.keySet());
    }

    static String code(String name) {
        return name.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
