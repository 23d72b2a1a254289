/**
 * The append-only, hash-chained audit log: who did what to which record, when, why and with what
 * outcome. Every capability records its changes and its reads of footage here, in the same transaction.
 */
package org.custodian.audit;
