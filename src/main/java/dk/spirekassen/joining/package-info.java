/**
 * Joining by yourself: an outside actor applies to become a partner, confirms the address by a mailed link, and the
 * secretariat approves, rejects with a reason, or asks for more.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Joining")
package dk.spirekassen.joining;
