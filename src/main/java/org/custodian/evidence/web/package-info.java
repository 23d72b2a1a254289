/** The clips API under {@code /api/v1/clips}: every read by a person is audited. */
package org.custodian.evidence.web;
