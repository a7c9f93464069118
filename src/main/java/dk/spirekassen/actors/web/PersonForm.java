package dk.spirekassen.actors.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dk.spirekassen.actors.AssociationRole;
import dk.spirekassen.actors.PersonDetails;

/**
 * The person form as submitted.
 */
record PersonForm(
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.max}") String name,
		@Email(message = "{validation.email}") @Size(max = 254, message = "{validation.max}") String email,
		@Size(max = 40, message = "{validation.max}") @Pattern(regexp = "[0-9 +()-]*",
				message = "{validation.phone}") String phone,
		@Size(max = 200, message = "{validation.max}") String title, AssociationRole associationRole) {

	PersonDetails toDetails() {
		return new PersonDetails(name, email, phone, title, associationRole);
	}
}
