package org.custodian.fleet;

/** Ranks that carry a camera, lowest first. Detectives hold the same ranks. */
public enum Rank {
    SPECIAL("Special constable"),
    PCSO("Police community support officer"),
    PC("Police constable"),
    SGT("Sergeant"),
    INSP("Inspector"),
    CI("Chief inspector"),
    SUPT("Superintendent"),
    CHIEF_SUPT("Chief superintendent");

    private final String title;

    Rank(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public static Rank parse(String text) {
        return Checks.parse(Rank.class, text, "rank");
    }
}
