/**
 * Small web building blocks every module's pages share: form state and choice options.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dk.spirekassen.shared;
