/** The dock status page: uploads arriving now, clips received and quarantined, and uploads refused with why. */
package org.custodian.ingest.web;
