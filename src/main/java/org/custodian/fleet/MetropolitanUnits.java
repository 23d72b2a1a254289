package org.custodian.fleet;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

/**
 * The Metropolitan Police's 32 London borough units, by their long-standing two-letter codes, and the
 * specialist commands that wore cameras in the 2016-17 roll-out. Reference data for a Met-like
 * installation or a demonstration; nothing loads it by itself, as another force has other units.
 */
public final class MetropolitanUnits {

    private static final List<Map.Entry<String, String>> BOROUGHS = List.of(
            entry("KG", "Barking and Dagenham"), entry("SX", "Barnet"), entry("RY", "Bexley"), entry("QK", "Brent"),
            entry("PY", "Bromley"), entry("EK", "Camden"), entry("ZD", "Croydon"), entry("XD", "Ealing"),
            entry("YE", "Enfield"), entry("RG", "Greenwich"), entry("GD", "Hackney"),
            entry("FH", "Hammersmith and Fulham"), entry("YR", "Haringey"), entry("QA", "Harrow"),
            entry("KD", "Havering"), entry("XH", "Hillingdon"), entry("TX", "Hounslow"), entry("NI", "Islington"),
            entry("BS", "Kensington and Chelsea"), entry("VK", "Kingston upon Thames"), entry("LX", "Lambeth"),
            entry("PL", "Lewisham"), entry("VW", "Merton"), entry("KF", "Newham"), entry("JI", "Redbridge"),
            entry("TW", "Richmond upon Thames"), entry("MD", "Southwark"), entry("ZT", "Sutton"),
            entry("HT", "Tower Hamlets"), entry("JC", "Waltham Forest"), entry("WW", "Wandsworth"),
            entry("CW", "Westminster"));

    private static final List<Map.Entry<String, String>> COMMANDS = List.of(
            entry("SCO19", "Specialist Firearms Command"),
            entry("MB", "Mounted Branch"),
            entry("RASP", "Royalty and Specialist Protection"),
            entry("PADP", "Parliamentary and Diplomatic Protection"),
            entry("TSG", "Territorial Support Group"));

    private MetropolitanUnits() {
    }

    /** Every unit, boroughs first, each with the establishment {@code establishment} gives it. */
    public static List<Unit> all(ToIntFunction<UnitCode> establishment) {
        return Stream.concat(
                BOROUGHS.stream().map(b -> unit(b, UnitKind.BOROUGH, establishment)),
                COMMANDS.stream().map(c -> unit(c, UnitKind.SPECIALIST_COMMAND, establishment))).toList();
    }

    private static Unit unit(Map.Entry<String, String> codeAndName, UnitKind kind,
            ToIntFunction<UnitCode> establishment) {
        UnitCode code = UnitCode.of(codeAndName.getKey());
        return new Unit(code, codeAndName.getValue(), kind, establishment.applyAsInt(code));
    }
}
