package dk.spirekassen.funding;

/** What a call's criterion weighs: one of the three bottom lines, or whether the project can be carried out. */
public enum Aspect {
	SOCIAL, CLIMATE, ECONOMIC, FEASIBILITY
}
