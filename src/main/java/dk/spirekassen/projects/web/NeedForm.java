package dk.spirekassen.projects.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dk.spirekassen.actors.PartnerKind;
import dk.spirekassen.projects.NeedDetails;
import dk.spirekassen.projects.NeedKind;

/**
 * The need form as submitted. A partner need names the kind of partner; a need for funds names the amount.
 */
record NeedForm(@NotNull(message = "{validation.required}") NeedKind kind, PartnerKind partnerKind,
		@Min(value = 0, message = "{validation.min}") Long amount,
		@NotBlank(message = "{validation.required}") @Size(max = 4000, message = "{validation.max}") String description) {

	@AssertTrue(message = "{need.error.partnerKind}")
	boolean isPartnerKind() {
		return kind != NeedKind.PARTNER || partnerKind != null;
	}

	@AssertTrue(message = "{need.error.amount}")
	boolean isAmount() {
		return kind != NeedKind.FUNDS || amount != null;
	}

	NeedDetails toDetails() {
		return new NeedDetails(kind, partnerKind, kind == NeedKind.FUNDS ? amount : null, description);
	}
}
