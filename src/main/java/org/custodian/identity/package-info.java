/** Who may sign in and with which roles: staff accounts, API tokens, sign-in throttling, security rules. */
package org.custodian.identity;
