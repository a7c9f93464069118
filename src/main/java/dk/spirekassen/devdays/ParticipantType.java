package dk.spirekassen.devdays;

/**
 * Who a registrant is. Housing-sector staff count as the sector; everyone else as outside actors.
 */
public enum ParticipantType {
	HOUSING_STAFF, RESIDENT, ADVISOR, RESEARCHER, CIVIL_SOCIETY, FOUNDATION, ENTHUSIAST, MUNICIPALITY, OTHER;

	public boolean sector() {
		return this == HOUSING_STAFF;
	}
}
