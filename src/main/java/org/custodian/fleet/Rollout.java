package org.custodian.fleet;

import java.util.List;
import java.util.Map;

/**
 * Roll-out progress: per unit, cameras currently issued to its officers against its establishment, and
 * the same summed over the force.
 */
public record Rollout(List<UnitProgress> units, Progress total) {

    public static Rollout of(List<Unit> units, Map<UnitCode, Integer> issuedByUnit) {
        List<UnitProgress> rows = units.stream()
                .map(u -> new UnitProgress(u, new Progress(u.establishment(), issuedByUnit.getOrDefault(u.code(), 0))))
                .toList();
        int establishment = rows.stream().mapToInt(r -> r.progress().establishment()).sum();
        int issued = rows.stream().mapToInt(r -> r.progress().issued()).sum();
        return new Rollout(List.copyOf(rows), new Progress(establishment, issued));
    }

    public record UnitProgress(Unit unit, Progress progress) {
    }

    public record Progress(int establishment, int issued) {

        /** Whole per cent of the establishment issued; may pass 100 when a unit has spares out. 0 with no establishment. */
        public int percent() {
            return establishment == 0 ? 0 : (int) (issued * 100L / establishment);
        }

        /** The same, capped at 100, for drawing a bar. */
        public int barPercent() {
            return Math.min(100, percent());
        }
    }
}
