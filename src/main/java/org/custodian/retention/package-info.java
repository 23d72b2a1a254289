/**
 * How long footage is kept and how it goes: the versioned retention policy, holds that stop deletion,
 * and the sweep that crypto-shreds and deletes what is due, leaving a tombstone and a deletion receipt.
 */
package org.custodian.retention;
