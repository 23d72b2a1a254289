/** The fleet's REST API under {@code /api/v1} and its pages under {@code /fleet}. */
package org.custodian.fleet.web;
