package dk.spirekassen.projects;

/**
 * A project moved from one stage to another; {@code accountId} is who moved it, {@code null} for the system.
 */
public record ProjectStageChanged(long projectId, Stage from, Stage to, Long accountId) {
}
