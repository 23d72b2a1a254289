/** Small values and web plumbing every capability may use: errors, the clock, the data folder. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.custodian.shared;
