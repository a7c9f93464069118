package dk.spirekassen.actors;

/**
 * What kind of outside actor a partner is.
 */
public enum PartnerKind {
	ADVISOR, RESEARCHER, CIVIL_SOCIETY, FOUNDATION, ENTHUSIAST, COMPANY, MUNICIPALITY
}
