package org.custodian.evidence;

import java.time.Instant;

import org.custodian.fleet.CameraSerial;
import org.custodian.fleet.CollarNumber;
import org.custodian.fleet.UnitCode;
import org.custodian.shared.InvalidValueException;

/**
 * A search of the catalogue; every criterion is optional and they all apply together. {@code from}/{@code to}
 * select clips whose recording overlaps the window; {@code place} those whose GNSS track passes within the
 * circle; {@code category} a category code or {@link ClipCategories#UNCATEGORISED}; {@code reference} a CAD,
 * crime or custody number exactly; {@code text} words in the title, notes, references or bookmark text.
 */
public record ClipSearch(CollarNumber officer, CameraSerial camera, UnitCode unit, Instant from, Instant to,
        Place place, String category, String reference, String text, Sort sort, int page, int size) {

    public static final int MAX_SIZE = 200;

    public enum Sort {
        STARTED_DESC, STARTED_ASC, RECEIVED_DESC;

        /** {@code startedAt desc} (the default), {@code startedAt asc}, {@code receivedAt desc}; ',' or ' ' between. */
        public static Sort parse(String text) {
            if (text == null || text.isBlank()) {
                return STARTED_DESC;
            }
            String[] parts = text.trim().split("[ ,]+");
            boolean asc = parts.length > 1 && parts[1].equalsIgnoreCase("asc");
            if (parts.length > 1 && !asc && !parts[1].equalsIgnoreCase("desc") || parts.length > 2) {
                throw new InvalidValueException("sort '" + text + "': give a field and asc or desc, e.g. 'startedAt desc'");
            }
            return switch (parts[0]) {
                case "startedAt" -> asc ? STARTED_ASC : STARTED_DESC;
                case "receivedAt" -> {
                    if (asc) {
                        throw new InvalidValueException("receivedAt sorts newest first only");
                    }
                    yield RECEIVED_DESC;
                }
                default -> throw new InvalidValueException("sort by startedAt or receivedAt, not '" + parts[0] + "'");
            };
        }
    }

    public ClipSearch {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidValueException("from must be before to");
        }
        if (page < 0) {
            throw new InvalidValueException("page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidValueException("size must be between 1 and " + MAX_SIZE);
        }
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > 200) {
            throw new InvalidValueException("q is limited to 200 characters");
        }
        reference = reference == null || reference.isBlank() ? null : reference.strip();
        sort = sort == null ? Sort.STARTED_DESC : sort;
    }

    public long offset() {
        return (long) page * size;
    }
}
