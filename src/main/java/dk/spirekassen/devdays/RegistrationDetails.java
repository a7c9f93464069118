package dk.spirekassen.devdays;

/**
 * What a registrant fills in. {@code organisationId} is set when the organisation was picked from the directory.
 */
public record RegistrationDetails(String name, String email, String organisationName, Long organisationId,
		ParticipantType participantType, String dietaryNeeds, String accessibilityNeeds, boolean consent) {
}
