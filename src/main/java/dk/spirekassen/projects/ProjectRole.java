package dk.spirekassen.projects;

/**
 * The part an organisation, partner or person plays in a project.
 */
public enum ProjectRole {
	OWNER, LEAD, PARTICIPANT, ADVISOR, RESEARCHER, FUNDER
}
