package dk.spirekassen.projects;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a project is in its life: idea, project group, running, completed and anchored, or paused or stopped on
 * the way.
 */
public enum Stage {
	IDEA, PROJECT_GROUP, RUNNING, COMPLETED, ANCHORED, PAUSED, STOPPED;

	/** The stages a project may move to from this one; a paused project resumes where it was paused. */
	Set<Stage> next(Stage pausedFrom) {
		return switch (this) {
			case IDEA -> EnumSet.of(PROJECT_GROUP, PAUSED, STOPPED);
			case PROJECT_GROUP -> EnumSet.of(RUNNING, PAUSED, STOPPED);
			case RUNNING -> EnumSet.of(COMPLETED, PAUSED, STOPPED);
			case COMPLETED -> EnumSet.of(ANCHORED);
			case PAUSED -> pausedFrom == null ? EnumSet.of(STOPPED) : EnumSet.of(pausedFrom, STOPPED);
			case ANCHORED, STOPPED -> EnumSet.noneOf(Stage.class);
		};
	}

	/** Whether a project in this stage is still being worked on. */
	public boolean active() {
		return this == IDEA || this == PROJECT_GROUP || this == RUNNING;
	}
}
