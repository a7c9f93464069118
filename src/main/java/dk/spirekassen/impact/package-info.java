/**
 * Impact: the value of all projects together on the social, climate and economic bottom lines, and the curated
 * catalogue of indicators worth adding up. It reads the other modules through their APIs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Impact")
package dk.spirekassen.impact;
