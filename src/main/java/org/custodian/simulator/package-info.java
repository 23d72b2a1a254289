/**
 * A stand-in for a body-worn camera system: makes real footage and GPS tracks and docks them into
 * Custodian over the Axis Body Worn integration API, speaking HTTP only, as a real dock controller would.
 * Used by the demo dataset and the ingest benchmark; it depends on no other capability.
 */
package org.custodian.simulator;
