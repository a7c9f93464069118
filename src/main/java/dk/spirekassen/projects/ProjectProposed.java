package dk.spirekassen.projects;

/**
 * Someone proposed a new idea.
 */
public record ProjectProposed(long projectId, Long accountId) {
}
