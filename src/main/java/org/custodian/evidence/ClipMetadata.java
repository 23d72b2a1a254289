package org.custodian.evidence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.custodian.shared.InvalidValueException;

/**
 * What people say about a clip: its category (a code of {@link ClipCategories}; null while uncategorised),
 * a title, the references that tie it to the incident, the crime and the custody record, and notes.
 * None of it touches the footage or its hash.
 */
public record ClipMetadata(String category, String title, CadIncidentNumber cadIncident, CrimeReference crimeReference,
        CustodyNumber custodyNumber, String notes) {

    public static final ClipMetadata NONE = new ClipMetadata(null, null, null, null, null, null);
    /** The fields a change may name, as the API spells them. */
    public static final Set<String> FIELDS = Set.of("category", "title", "cadIncident", "crimeReference",
            "custodyNumber", "notes");

    public ClipMetadata {
        title = text(title, "title", 200);
        notes = text(notes, "notes", 10_000);
    }

    /**
     * This metadata with the named fields changed (a null or blank value clears the field); a field that is
     * not one of {@link #FIELDS} is refused, so a typo never passes silently as "nothing changed".
     */
    public ClipMetadata changed(Map<String, String> changes, ClipCategories categories) {
        for (String field : changes.keySet()) {
            if (!FIELDS.contains(field)) {
                throw new InvalidValueException("Unknown field '" + field + "'; a clip's metadata has " + FIELDS);
            }
        }
        return new ClipMetadata(
                changes.containsKey("category") ? categories.parse(changes.get("category")) : category,
                changes.containsKey("title") ? changes.get("title") : title,
                changes.containsKey("cadIncident") ? CadIncidentNumber.of(changes.get("cadIncident")) : cadIncident,
                changes.containsKey("crimeReference") ? CrimeReference.of(changes.get("crimeReference")) : crimeReference,
                changes.containsKey("custodyNumber") ? CustodyNumber.of(changes.get("custodyNumber")) : custodyNumber,
                changes.containsKey("notes") ? changes.get("notes") : notes);
    }

    /** Each field that differs in {@code after}: its old and new value (null for none). */
    public Map<String, String[]> differences(ClipMetadata after) {
        Map<String, String[]> diff = new LinkedHashMap<>();
        compare(diff, "category", category, after.category);
        compare(diff, "title", title, after.title);
        compare(diff, "cadIncident", cadIncident, after.cadIncident);
        compare(diff, "crimeReference", crimeReference, after.crimeReference);
        compare(diff, "custodyNumber", custodyNumber, after.custodyNumber);
        compare(diff, "notes", notes, after.notes);
        return diff;
    }

    private static void compare(Map<String, String[]> diff, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            diff.put(field, new String[] { before == null ? null : before.toString(), after == null ? null : after.toString() });
        }
    }

    private static String text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new InvalidValueException(field + " is limited to " + max + " characters");
        }
        return trimmed;
    }
}
