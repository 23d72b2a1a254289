/**
 * Custodian: evidence management for police body-worn video. Each top-level package is one
 * capability; {@code shared} holds the few values and web helpers every capability uses.
 */
package org.custodian;
