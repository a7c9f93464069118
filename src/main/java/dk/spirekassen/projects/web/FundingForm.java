package dk.spirekassen.projects.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

import dk.spirekassen.projects.FunderKind;
import dk.spirekassen.projects.FundingDetails;
import dk.spirekassen.projects.FundingStatus;

/**
 * The funding line form as submitted: a foundation from the directory or a funder named in free text, and the kind
 * of funder (guessed from the funder when not chosen).
 */
record FundingForm(Long funderPartnerId, @Size(max = 200, message = "{validation.max}") String funderName,
		@NotNull(message = "{validation.required}") FundingStatus status,
		@NotNull(message = "{validation.required}") @Min(value = 0, message = "{validation.min}") Long amount,
		LocalDate appliedOn, LocalDate decidedOn, FunderKind funderKind) {

	@AssertTrue(message = "{funding.error.funder}")
	boolean isFunderName() {
		return (funderPartnerId == null) != (funderName == null || funderName.isBlank());
	}

	@AssertTrue(message = "{funding.error.decidedBeforeApplied}")
	boolean isDecidedOn() {
		return appliedOn == null || decidedOn == null || !decidedOn.isBefore(appliedOn);
	}

	FundingDetails toDetails() {
		return new FundingDetails(funderPartnerId, funderPartnerId == null ? funderName : null, status,
				amount == null ? 0 : amount, appliedOn, decidedOn, funderKind);
	}
}
