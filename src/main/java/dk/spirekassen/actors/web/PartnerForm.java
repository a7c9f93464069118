package dk.spirekassen.actors.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

import dk.spirekassen.actors.Offer;
import dk.spirekassen.actors.PartnerDetails;
import dk.spirekassen.actors.PartnerKind;
import dk.spirekassen.actors.Region;

/**
 * The partner form as submitted.
 */
record PartnerForm(@NotNull(message = "{validation.required}") PartnerKind kind,
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.max}") String name,
		@Size(max = 4000, message = "{validation.max}") String description,
		@Email(message = "{validation.email}") @Size(max = 254, message = "{validation.max}") String email,
		@Size(max = 40, message = "{validation.max}") @Pattern(regexp = "[0-9 +()-]*",
				message = "{validation.phone}") String phone,
		@Size(max = 300, message = "{validation.max}") @Pattern(regexp = "(https?://\\S+)?",
				message = "{validation.url}") String website,
		@Min(value = 0, message = "{validation.min}") Long grantMin,
		@Min(value = 0, message = "{validation.min}") Long grantMax,
		@Size(max = 500, message = "{validation.max}") String coFinancing, Set<Offer> offers, Set<Region> regions,
		Set<Long> themeIds) {

	@AssertTrue(message = "{partner.error.grantRange}")
	boolean isGrantMax() {
		return grantMin == null || grantMax == null || grantMin <= grantMax;
	}

	PartnerDetails toDetails() {
		return new PartnerDetails(kind, name, description, email, phone, website, grantMin, grantMax, coFinancing,
				offers == null || offers.isEmpty() ? EnumSet.noneOf(Offer.class) : EnumSet.copyOf(offers),
				regions == null || regions.isEmpty() ? EnumSet.noneOf(Region.class) : EnumSet.copyOf(regions),
				themeIds == null ? new TreeSet<>() : new TreeSet<>(themeIds));
	}
}
