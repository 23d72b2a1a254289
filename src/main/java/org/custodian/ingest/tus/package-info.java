/**
 * Resumable uploads by the tus 1.0 protocol (core, creation, checksum with sha256, termination) at
 * {@code /api/v1/uploads/}, for sources other than Axis docks. Received bytes are staged in the footage
 * blob store, one durable blob per PATCH, so an upload resumes from the offset HEAD reports on any node
 * and after any restart; the last byte hands the whole upload to {@link org.custodian.ingest.Ingest}.
 */
package org.custodian.ingest.tus;
