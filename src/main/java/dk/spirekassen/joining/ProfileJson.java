package dk.spirekassen.joining;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import tools.jackson.databind.json.JsonMapper;

import dk.spirekassen.actors.PartnerDetails;

/**
 * A proposed partner profile kept as JSON in one column until the partner is made: it is read and written only whole.
 */
@Converter
class ProfileJson implements AttributeConverter<PartnerDetails, String> {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	public String convertToDatabaseColumn(PartnerDetails profile) {
		return profile == null ? null : JSON.writeValueAsString(profile);
	}

	@Override
	public PartnerDetails convertToEntityAttribute(String json) {
		return json == null ? null : JSON.readValue(json, PartnerDetails.class);
	}
}
