/**
 * The seed fund: the association's own calls for proposals, the applications projects make to them, their review
 * by the board and the advisory board, the decisions within each call's budget, and the grants paid out in tranches.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Seed fund")
package dk.spirekassen.funding;
