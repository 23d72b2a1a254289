/**
 * The Axis Body Worn integration API, content-destination side: the OpenStack Swift subset an Axis body
 * worn system uploads recordings through ({@code /auth/v1.0}, {@code /v1/{account}/...}), its users and
 * devices kept in step with the fleet, end-to-end decryption, and the connection file.
 */
package org.custodian.ingest.axis;
