/**
 * Footage arriving from docks and other sources: checked, hashed while streaming, encrypted, stored
 * durably, attributed to camera and officer, and recorded exactly once. Protocol adapters (Axis, tus) sit
 * in subpackages and use only the types of this package.
 */
package org.custodian.ingest;
