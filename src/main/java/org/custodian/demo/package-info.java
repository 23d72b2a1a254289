/** The demonstration dataset (profile {@code demo}): a fleet and one user per role, for evaluation. */
package org.custodian.demo;
