package org.custodian.retention;

import java.time.Instant;
import java.util.List;

import org.custodian.evidence.ClipId;
import org.custodian.shared.InvalidValueException;

/**
 * Which clips a deletion request is about: chosen by id, or by a search for the clips recorded in a time
 * window ({@code from} inclusive, {@code to} exclusive), optionally of one unit and one category.
 */
public record DeletionSelection(List<ClipId> ids, String unit, ClipCategory category, Instant from, Instant to) {

    public DeletionSelection {
        ids = ids == null ? List.of() : List.copyOf(ids);
        unit = unit == null || unit.isBlank() ? null : unit.trim();
        boolean search = unit != null || category != null || from != null || to != null;
        if (ids.isEmpty() == !search) {
            throw new InvalidValueException("Choose the clips either by clipIds or by a search (from, to, and "
                    + "optionally unit and category), not both and not neither");
        }
        if (search && (from == null || to == null || !from.isBefore(to))) {
            throw new InvalidValueException("A search for clips to delete needs a time window: from before to");
        }
    }

    public boolean byIds() {
        return !ids.isEmpty();
    }

    /** The selection in words, kept with the request. */
    public String describe() {
        if (byIds()) {
            return ids.size() + " clip(s) chosen by id";
        }
        return "recorded from " + from + " to " + to + (unit == null ? "" : ", unit " + unit)
                + (category == null ? "" : ", category " + category);
    }
}
