package dk.spirekassen.projects;

/**
 * Where a funding application stands. Pledged and granted money counts towards the budget.
 */
public enum FundingStatus {
	APPLIED, PLEDGED, GRANTED, REJECTED;

	public boolean committed() {
		return this == PLEDGED || this == GRANTED;
	}
}
