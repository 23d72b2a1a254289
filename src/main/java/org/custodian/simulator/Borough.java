package org.custodian.simulator;

/**
 * London boroughs the simulated officers serve, each with its Metropolitan Police two-letter borough
 * code (the suffix of a collar number) and a point near its centre where patrols start.
 */
public enum Borough {

    WESTMINSTER("CW", 51.4973, -0.1372),
    CAMDEN("EK", 51.5290, -0.1255),
    ISLINGTON("NI", 51.5416, -0.1022),
    HACKNEY("GD", 51.5450, -0.0553),
    TOWER_HAMLETS("HT", 51.5099, -0.0059),
    SOUTHWARK("MD", 51.5035, -0.0804),
    LAMBETH("LX", 51.4607, -0.1163),
    NEWHAM("KF", 51.5255, 0.0352),
    HARINGEY("YR", 51.5906, -0.1110),
    CROYDON("ZD", 51.3714, -0.0977);

    private final String code;
    private final double latitude;
    private final double longitude;

    Borough(String code, double latitude, double longitude) {
        this.code = code;
        this.latitude = latitude;
        this.longitude = longitude;
    }

    public String code() {
        return code;
    }

    public double latitude() {
        return latitude;
    }

    public double longitude() {
        return longitude;
    }

    static Borough pick(long seed) {
        return values()[(int) Math.floorMod(seed, (long) values().length)];
    }
}
