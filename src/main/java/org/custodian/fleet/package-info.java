/**
 * The fleet: units and their establishment, officers, cameras, docks, and who held which camera when,
 * which is how every clip is attributed to an officer.
 */
package org.custodian.fleet;
