package org.custodian.fleet;

/** Boroughs police an area; specialist commands (firearms, protection, public order) work across them. */
public enum UnitKind {
    BOROUGH("Borough"),
    SPECIALIST_COMMAND("Specialist command");

    private final String title;

    UnitKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public static UnitKind parse(String text) {
        return Checks.parse(UnitKind.class, text, "unit kind");
    }
}
