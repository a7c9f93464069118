package dk.spirekassen.actors;

/**
 * What an upsert of department records changed. Records that matched what was stored count as unchanged.
 */
public record UpsertResult(int organisationsCreated, int organisationsRenamed, int departmentsCreated,
		int departmentsUpdated, int unchanged) {

	public boolean changedNothing() {
		return organisationsCreated + organisationsRenamed + departmentsCreated + departmentsUpdated == 0;
	}
}
