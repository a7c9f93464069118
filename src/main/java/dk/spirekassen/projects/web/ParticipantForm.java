package dk.spirekassen.projects.web;

import jakarta.validation.constraints.NotNull;

import dk.spirekassen.projects.ProjectRole;

/**
 * A participant to add: a role and exactly one of an organisation, a partner or a person with a login.
 */
record ParticipantForm(@NotNull(message = "{validation.required}") ProjectRole role, Long organisationId,
		Long partnerId, Long accountId) {
}
