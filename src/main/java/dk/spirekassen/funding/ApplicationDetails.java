package dk.spirekassen.funding;

/**
 * What an application says: a summary of the project, what the money is for, the amount asked for, the project's
 * whole budget and the money others put in (kroner).
 */
public record ApplicationDetails(String summary, String purpose, long requested, Long projectBudget,
		long coFinancing) {
}
