/**
 * How long footage is kept and how it goes: the versioned retention policy, holds and restrictions that stop
 * deletion, early deletion of chosen clips with four eyes, and the sweep that crypto-shreds and deletes what is
 * due, leaving a tombstone and a deletion receipt.
 */
package org.custodian.retention;
