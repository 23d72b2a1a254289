package org.custodian.ingest.axis;

/**
 * A user of the body worn system ({@code Users/<uuid>}). {@code userKey} is the user-supplied ID, which this
 * force fills with the collar number; {@code officerCollar} is set when that names an officer in the fleet.
 */
record AxisUser(String uuid, String name, String userKey, String officerCollar, boolean active) {
}
