/**
 * The demonstration dataset (profile {@code demo}), for evaluation: a fleet, one user per role, and footage
 * docked by the simulator through the Axis API.
 */
package org.custodian.demo;
