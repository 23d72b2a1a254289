package org.custodian.fleet;

/** Where a camera stands. Only a camera in service may be issued; a retired camera never comes back. */
public enum CameraStatus {
    IN_SERVICE("In service"),
    FAULTY("Faulty"),
    LOST("Lost"),
    RETIRED("Retired");

    private final String title;

    CameraStatus(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public static CameraStatus parse(String text) {
        return Checks.parse(CameraStatus.class, text, "camera status");
    }
}
