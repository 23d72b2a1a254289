package org.custodian.simulator;

/** London boroughs the simulated patrols start from, each by a point near its centre. */
public enum Borough {

    WESTMINSTER(51.4973, -0.1372),
    CAMDEN(51.5290, -0.1255),
    ISLINGTON(51.5416, -0.1022),
    HACKNEY(51.5450, -0.0553),
    TOWER_HAMLETS(51.5099, -0.0059),
    SOUTHWARK(51.5035, -0.0804),
    LAMBETH(51.4607, -0.1163),
    NEWHAM(51.5255, 0.0352),
    HARINGEY(51.5906, -0.1110),
    CROYDON(51.3714, -0.0977);

    private final double latitude;
    private final double longitude;

    Borough(double latitude, double longitude) {
        this.latitude = latitude;
        this.longitude = longitude;
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
